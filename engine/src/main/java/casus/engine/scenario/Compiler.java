package casus.engine.scenario;

import casus.engine.model.Aim;
import casus.engine.model.Answer;
import casus.engine.model.Article;
import casus.engine.model.Ask;
import casus.engine.model.Domain;
import casus.engine.model.Ground;
import casus.engine.model.PastAppeal;
import casus.engine.model.Placebo;
import casus.engine.model.Protection;
import casus.engine.model.Sample;
import casus.engine.model.SettlementDef;
import casus.engine.model.UnrestKind;
import casus.engine.model.CheckDef;
import casus.engine.model.DecisionRule;
import casus.engine.model.DeploymentDef;
import casus.engine.model.DeploymentKind;
import casus.engine.model.EventDef;
import casus.engine.model.EventKind;
import casus.engine.model.Expectation;
import casus.engine.model.FactChange;
import casus.engine.model.Obligation;
import casus.engine.model.Parameter;
import casus.engine.model.Parameters;
import casus.engine.model.Roles;
import casus.engine.model.Setting;
import casus.engine.model.SettingBuilder;
import casus.engine.model.Term;
import casus.engine.model.Variation;
import casus.engine.run.Flag;
import casus.v1.ActorFacts;
import casus.engine.model.ModelConstant;
import casus.v1.ActorLibrary;
import casus.v1.ModelConstants;
import casus.v1.ActorProfile;
import casus.v1.Belief;
import casus.v1.Check;
import casus.v1.Deployment;
import casus.v1.Event;
import casus.v1.Injectable;
import casus.v1.PreferenceOverride;
import casus.v1.Region;
import casus.v1.Relation;
import casus.v1.Scenario;
import casus.v1.Share;
import casus.v1.Stake;
import casus.v1.Treaty;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.TextFormatParseInfoTree;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a parsed scenario and its actor library into the engine's {@link Setting}, checking
 * everything the schema alone cannot: ids known and unique, shares that sum to one, dates,
 * outcome names, parameter paths and values. Every problem names the file, the line and the
 * field.
 */
final class Compiler {
    private final Source scenarioSource;
    private final Scenario scenario;
    private final TextFormatParseInfoTree tree;
    private final Source librarySource;
    private final ActorLibrary library;
    private final TextFormatParseInfoTree libraryTree;
    private final Source modelSource;
    private final ModelConstants model;
    private final TextFormatParseInfoTree modelTree;

    Compiler(Source scenarioSource, TextParser.Parsed<Scenario> scenario, Source librarySource, TextParser.Parsed<ActorLibrary> library,
            Source modelSource, TextParser.Parsed<ModelConstants> model) {
        this.scenarioSource = scenarioSource;
        this.scenario = scenario.message();
        this.tree = scenario.tree();
        this.librarySource = librarySource;
        this.library = library.message();
        this.libraryTree = library.tree();
        this.modelSource = modelSource;
        this.model = model.message();
        this.modelTree = model.tree();
    }

    Setting compile() {
        Map<String, Profiles.Resolved> profiles = checkLibrary();
        Checker.Ids ids = collectIds(profiles);
        new Checker(scenarioSource, ids).check(scenario, tree, "", 1);
        String[] actors = ids.actors().toArray(String[]::new);
        String[] regions = ids.regions().toArray(String[]::new);
        String[] treaties = ids.treaties().toArray(String[]::new);
        SettingBuilder b = new SettingBuilder(actors, regions, treaties);
        b.id = scenario.getId();
        b.title = scenario.getTitle();
        b.summary = scenario.getSummary();
        b.origin = scenarioSource.name();
        b.days = scenario.getDays();
        b.startDate = date(scenario.getStartDate(), "start_date");
        b.model = constants(modelSource, new TextParser.Parsed<>(model, modelTree));
        System.arraycopy(b.model.values(), 0, b.constants, 0, b.constants.length);
        b.roles = new Roles(b.actor(scenario.getRoles().getVictim()),
                scenario.getRoles().getAttacker().isEmpty() ? Roles.NONE : b.actor(scenario.getRoles().getAttacker()),
                scenario.getRoles().getAlliance().isEmpty() ? Roles.NONE : b.treaty(scenario.getRoles().getAlliance()));
        b.sample = scenario.getSample() == casus.v1.Sample.OUT_OF_SAMPLE ? Sample.OUT_OF_SAMPLE : Sample.IN_SAMPLE;
        if (b.sample == Sample.OUT_OF_SAMPLE) {
            if (scenario.getCommitted().isEmpty()) {
                throw error(line("sample", 0), "committed", "missing: an out-of-sample case states the date it was committed");
            }
            b.committedOn = date(scenario.getCommitted(), "committed");
        }
        actors(b, profiles);
        regions(b);
        treaties(b);
        relations(b);
        beliefs(b);
        deployments(b);
        events(b);
        injectables(b);
        protections(b);
        settlements(b);
        history(b);
        Setting facts = b.build();
        overrides(b, facts);
        variations(b, facts);
        expectations(b, facts);
        checks(b, facts);
        placebos(b, facts);
        return b.build();
    }

    // --- the library ---------------------------------------------------------------------------

    private Map<String, Profiles.Resolved> checkLibrary() {
        new Checker(librarySource, new Checker.Ids(Set.of(), Set.of(), Set.of())).check(library, libraryTree, "", 1);
        return Profiles.of(librarySource, library, libraryTree, scenarioSource, scenario, tree);
    }

    // --- the model's constants -----------------------------------------------------------------

    /** Every constant the engine names, each once, with a value within its range. */
    static casus.engine.model.ModelConstants constants(Source modelSource, TextParser.Parsed<ModelConstants> parsed) {
        ModelConstants model = parsed.message();
        TextFormatParseInfoTree modelTree = parsed.tree();
        new Checker(modelSource, new Checker.Ids(Set.of(), Set.of(), Set.of())).check(model, modelTree, "", 1);
        casus.engine.model.ModelConstants.Entry[] entries = new casus.engine.model.ModelConstants.Entry[ModelConstant.COUNT];
        for (int i = 0; i < model.getConstantCount(); i++) {
            casus.v1.ModelConstant c = model.getConstant(i);
            String field = "constant[" + i + "]";
            int at = Locations.line(modelTree, casus.v1.ModelConstants.getDescriptor(), "constant", i, 1);
            ModelConstant known = ModelConstant.byKey(c.getName());
            if (known == null) {
                throw modelError(modelSource, modelTree, at, field + ".name", "unknown constant '" + c.getName()
                        + "': the engine uses no constant of that name");
            }
            if (entries[known.ordinal()] != null) {
                throw modelError(modelSource, modelTree, at, field + ".name", "constant '" + c.getName() + "' is listed twice");
            }
            if (c.getMin() > c.getMax()) {
                throw modelError(modelSource, modelTree, at, field + ".min", "min " + Checker.format(c.getMin()) + " is above max "
                        + Checker.format(c.getMax()));
            }
            if (!(c.getValue() >= c.getMin() && c.getValue() <= c.getMax())) {
                throw modelError(modelSource, modelTree, at, field + ".value", "value " + Checker.format(c.getValue())
                        + " is out of its range [" + Checker.format(c.getMin()) + ", " + Checker.format(c.getMax()) + "]");
            }
            if (c.getInteger() && c.getValue() != Math.rint(c.getValue())) {
                throw modelError(modelSource, modelTree, at, field + ".value", "value " + Checker.format(c.getValue())
                        + " must be a whole number");
            }
            entries[known.ordinal()] = new casus.engine.model.ModelConstants.Entry(known, c.getValue(), c.getMin(), c.getMax(), c.getInteger(),
                    c.getMeaning(), c.getBasis());
        }
        for (ModelConstant k : ModelConstant.values()) {
            if (entries[k.ordinal()] == null) {
                throw new ScenarioException(modelSource.name(), 1, "constant", "missing: constant '" + k.key() + "' is not defined");
            }
        }
        return new casus.engine.model.ModelConstants(modelSource.name(), List.of(entries));
    }

    private static ScenarioException modelError(Source source, TextFormatParseInfoTree tree, int block, String field, String problem) {
        return new ScenarioException(source.name(), Locations.line(tree, casus.v1.ModelConstants.getDescriptor(), field, block), field, problem);
    }

    // --- ids -------------------------------------------------------------------------------------

    private Checker.Ids collectIds(Map<String, Profiles.Resolved> profiles) {
        Set<String> actors = new LinkedHashSet<>();
        for (int i = 0; i < scenario.getActorCount(); i++) {
            String id = scenario.getActor(i).getId();
            String field = "actor[" + i + "].id";
            if (!profiles.containsKey(id)) {
                throw error(line("actor", i), field, "unknown actor '" + id + "': not in the actor library " + librarySource.name()
                        + " and not added by the scenario (actor_profile)");
            }
            if (!actors.add(id)) {
                throw error(line("actor", i), field, "actor '" + id + "' is listed twice");
            }
        }
        if (actors.size() > 63) {
            throw error(1, "actor", "at most 63 actors, got " + actors.size());
        }
        Set<String> regions = unique("region", scenario.getRegionList().stream().map(Region::getId).toList());
        Set<String> treaties = unique("treaty", scenario.getTreatyList().stream().map(Treaty::getId).toList());
        return new Checker.Ids(actors, regions, treaties);
    }

    private Set<String> unique(String field, List<String> list) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).isEmpty()) {
                throw error(line(field, i), field + "[" + i + "].id", "missing: this field is required");
            }
            if (!out.add(list.get(i))) {
                throw error(line(field, i), field + "[" + i + "].id", field + " '" + list.get(i) + "' is listed twice");
            }
        }
        return out;
    }

    // --- facts -----------------------------------------------------------------------------------

    private void actors(SettingBuilder b, Map<String, Profiles.Resolved> profiles) {
        for (int i = 0; i < scenario.getActorCount(); i++) {
            ActorFacts f = scenario.getActor(i);
            Profiles.Resolved p = profiles.get(f.getId());
            b.actorNames[i] = p.name();
            b.power[i] = f.getMilitaryPower();
            b.troops[i] = f.getTroops();
            b.readiness[i] = f.getReadiness();
            b.committed[i] = f.getForcesCommittedElsewhere();
            b.stability[i] = f.getStability();
            b.backing[i] = f.hasDeterrentBacking() ? f.getDeterrentBacking() : 1;
            b.deFacto[i] = f.getDeFacto();
            b.actorPopulation[i] = f.getPopulation();
            b.securityForces[i] = f.getSecurityForces();
            b.securityLoyalty[i] = f.hasSecurityLoyalty() ? f.getSecurityLoyalty() : 1;
            b.peacekeepingForce[i] = f.getPeacekeepingForce();
            b.airDefenceUnits[i] = f.getAirDefenceUnits();
            System.arraycopy(p.weights(), 0, b.weights[i], 0, Term.COUNT);
        }
    }

    private void regions(SettingBuilder b) {
        for (int r = 0; r < scenario.getRegionCount(); r++) {
            Region g = scenario.getRegion(r);
            b.regionNames[r] = g.getName();
            b.deJure[r] = b.actor(g.getDeJure());
            b.area[r] = g.getAreaKm2();
            b.population[r] = g.getPopulation();
            b.kin[r] = g.getKin().isEmpty() ? Roles.NONE : b.actor(g.getKin());
            b.terrain[r] = g.getTerrain();
            double sum = 0;
            for (Share s : g.getControlList()) {
                b.control[r][b.actor(s.getActor())] += s.getShare();
                sum += s.getShare();
            }
            if (Math.abs(sum - 1) > 1e-6) {
                throw error(line("region", r), "region[" + r + "].control", "shares sum to " + Checker.format(sum) + ", not 1");
            }
            for (Stake s : g.getStakeList()) {
                b.stake[r][b.actor(s.getActor())] = s.getValue();
            }
            b.undemarcated[r] = g.getUndemarcated();
            for (String a : g.getRedLineList()) {
                b.redLines[r] |= 1L << b.actor(a);
            }
        }
    }

    private void treaties(SettingBuilder b) {
        for (int t = 0; t < scenario.getTreatyCount(); t++) {
            Treaty g = scenario.getTreaty(t);
            b.treatyNames[t] = g.getName();
            if (g.getMemberCount() < 2) {
                throw error(line("treaty", t), "treaty[" + t + "].member", "a treaty needs at least two members");
            }
            for (String m : g.getMemberList()) {
                b.members[t] |= 1L << b.actor(m);
            }
            b.rules[t] = switch (g.getDecision()) {
                case CONSENSUS -> DecisionRule.CONSENSUS;
                case UNILATERAL -> DecisionRule.UNILATERAL;
                default -> throw error(line("treaty", t), "treaty[" + t + "].decision", "choose CONSENSUS or UNILATERAL");
            };
            for (int k = 0; k < g.getArticleCount(); k++) {
                var art = g.getArticle(k);
                Obligation o = switch (art.getObligation()) {
                    case COLLECTIVE_DEFENCE -> Obligation.COLLECTIVE_DEFENCE;
                    case MUTUAL_ASSISTANCE -> Obligation.MUTUAL_ASSISTANCE;
                    case CONSULTATION -> Obligation.CONSULTATION;
                    default -> throw error(line("treaty", t), "treaty[" + t + "].article[" + k + "].obligation",
                            "choose COLLECTIVE_DEFENCE, MUTUAL_ASSISTANCE or CONSULTATION");
                };
                b.articles.get(t).add(new Article(art.getId(), o));
            }
            b.treatyForces[t] = g.getForces();
            b.treatyPeacekeepers[t] = g.getPeacekeepers();
            b.treatyObservers[t] = g.getObservers();
        }
    }

    private void relations(SettingBuilder b) {
        for (int i = 0; i < scenario.getRelationCount(); i++) {
            Relation r = scenario.getRelation(i);
            int from = b.actor(r.getFrom());
            int to = b.actor(r.getTo());
            if (from == to) {
                throw error(line("relation", i), "relation[" + i + "].to", "a relation needs two different actors");
            }
            b.alignment[from][to] = r.getAlignment();
            b.interdependence[from][to] = r.getInterdependence();
            if (r.getMutual()) {
                b.alignment[to][from] = r.getAlignment();
                b.interdependence[to][from] = r.getInterdependence();
            }
        }
    }

    private void beliefs(SettingBuilder b) {
        double fallback = scenario.hasDefaultBelief() ? scenario.getDefaultBelief() : 0.5;
        for (double[] row : b.belief) {
            java.util.Arrays.fill(row, fallback);
        }
        for (int i = 0; i < scenario.getBeliefCount(); i++) {
            Belief x = scenario.getBelief(i);
            b.belief[b.actor(x.getHolder())][b.subject(x.getSubject())] = x.getValue();
        }
    }

    private void deployments(SettingBuilder b) {
        for (Deployment d : scenario.getDeploymentList()) {
            DeploymentKind kind = switch (d.getKind()) {
                case PEACEKEEPERS -> DeploymentKind.PEACEKEEPERS;
                case BASE -> DeploymentKind.BASE;
                case AIR_DEFENCE -> DeploymentKind.AIR_DEFENCE;
                case OBSERVERS -> DeploymentKind.OBSERVERS;
                default -> DeploymentKind.FORCES;
            };
            b.deployments.add(new DeploymentDef(b.actor(d.getActor()), b.region(d.getRegion()), d.getTroops(), kind));
        }
    }

    private void events(SettingBuilder b) {
        Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < scenario.getEventCount(); i++) {
            Event e = scenario.getEvent(i);
            String field = "event[" + i + "]";
            int at = line("event", i);
            if (!seen.add(e.getId())) {
                throw error(at, field + ".id", "event '" + e.getId() + "' is listed twice");
            }
            EventKind kind = eventKind(e.getKind(), at, field);
            checkEvent(kind, e.getRegionCount(), e.hasIntensity(), e.hasAmount(), e.getTarget(), e.getDomain(), at, field);
            if (e.getDay() >= scenario.getDays()) {
                throw error(at, field + ".day", "day " + e.getDay() + " is after the last day " + (scenario.getDays() - 1));
            }
            int[] regions = e.getRegionList().stream().mapToInt(b::region).toArray();
            double objective = e.hasObjective() ? e.getObjective() : 1;
            b.events.add(new EventDef(e.getId(), e.getDay(), kind, b.actor(e.getActor()), regions, e.getIntensity(),
                    objective, e.getAmount(), e.getExternalAttribution(), e.getText(), e.getTarget().isEmpty() ? Roles.NONE : b.actor(e.getTarget()),
                    aim(e.getAim()), unrestKind(e.getUnrestKind()), domain(e.getDomain()), e.getKilled()));
        }
    }

    private void injectables(SettingBuilder b) {
        Set<String> seen = new java.util.HashSet<>();
        for (EventDef e : b.events) {
            seen.add(e.id());
        }
        for (int i = 0; i < scenario.getInjectableCount(); i++) {
            Injectable e = scenario.getInjectable(i);
            String field = "injectable[" + i + "]";
            int at = line("injectable", i);
            if (!seen.add(e.getId())) {
                throw error(at, field + ".id", "'" + e.getId() + "' is already the id of an event or injectable");
            }
            EventKind kind = eventKind(e.getKind(), at, field);
            checkEvent(kind, e.getRegionCount(), e.hasIntensity(), e.hasAmount(), e.getTarget(), e.getDomain(), at, field);
            int[] regions = e.getRegionList().stream().mapToInt(b::region).toArray();
            double objective = e.hasObjective() ? e.getObjective() : 1;
            EventDef event = new EventDef(e.getId(), 0, kind, b.actor(e.getActor()), regions, e.getIntensity(),
                    objective, e.getAmount(), e.getExternalAttribution(), e.getText(), e.getTarget().isEmpty() ? Roles.NONE : b.actor(e.getTarget()),
                    aim(e.getAim()), unrestKind(e.getUnrestKind()), domain(e.getDomain()), e.getKilled());
            b.injectables.add(new casus.engine.model.Injectable(e.getId(), e.getDescription(), event));
        }
    }

    private EventKind eventKind(casus.v1.EventKind kind, int at, String field) {
        return switch (kind) {
            case OFFENSIVE -> EventKind.OFFENSIVE;
            case UNREST -> EventKind.UNREST;
            case FORCES_REDEPLOYED -> EventKind.FORCES_REDEPLOYED;
            case ARMS_SUPPLY -> EventKind.ARMS_SUPPLY;
            case BLOCKADE -> EventKind.BLOCKADE;
            case INCIDENT -> EventKind.INCIDENT;
            case COMMUNAL_VIOLENCE -> EventKind.COMMUNAL_VIOLENCE;
            default -> throw error(at, field + ".kind", "choose an event kind");
        };
    }

    private static Aim aim(casus.v1.Aim a) {
        return a == casus.v1.Aim.STRIKE ? Aim.STRIKE : Aim.SEIZE;
    }

    private static UnrestKind unrestKind(casus.v1.UnrestKind k) {
        return switch (k) {
            case RIOT -> UnrestKind.RIOT;
            case GENERAL_STRIKE -> UnrestKind.GENERAL_STRIKE;
            case INSURGENCY -> UnrestKind.INSURGENCY;
            default -> UnrestKind.PROTEST;
        };
    }

    private static Domain domain(casus.v1.Domain d) {
        return switch (d) {
            case SEA -> Domain.SEA;
            case AIR -> Domain.AIR;
            default -> Domain.LAND;
        };
    }

    /** The fields an event of each kind cannot do without. */
    private void checkEvent(EventKind kind, int regionCount, boolean hasIntensity, boolean hasAmount, String target, casus.v1.Domain domain,
            int at, String field) {
        if (kind == EventKind.INCIDENT && target.isEmpty()) {
            throw error(at, field + ".target", "missing: an incident strikes a target");
        }
        if (kind == EventKind.INCIDENT && domain == casus.v1.Domain.DOMAIN_UNSPECIFIED) {
            throw error(at, field + ".domain", "missing: an incident happens at SEA or in the AIR");
        }
        if (kind == EventKind.COMMUNAL_VIOLENCE && !hasIntensity) {
            throw error(at, field + ".intensity", "missing: violence between communities needs an intensity");
        }
        if ((kind == EventKind.OFFENSIVE || kind == EventKind.BLOCKADE || kind == EventKind.COMMUNAL_VIOLENCE) && regionCount == 0) {
            throw error(at, field + ".region", "missing: an event of kind " + kind + " needs a region");
        }
        if (kind == EventKind.OFFENSIVE && !hasIntensity) {
            throw error(at, field + ".intensity", "missing: an offensive needs an intensity");
        }
        if ((kind == EventKind.FORCES_REDEPLOYED || kind == EventKind.ARMS_SUPPLY || kind == EventKind.BLOCKADE) && !hasAmount) {
            throw error(at, field + ".amount", "missing: an event of kind " + kind + " needs an amount");
        }
    }

    // --- what the scenario says about studies -------------------------------------------------

    private void overrides(SettingBuilder b, Setting facts) {
        for (int i = 0; i < scenario.getPreferenceOverrideCount(); i++) {
            PreferenceOverride o = scenario.getPreferenceOverride(i);
            String field = "preference_override[" + i + "]";
            int at = line("preference_override", i);
            if (!o.getPath().startsWith("preferences.")) {
                throw error(at, field + ".path", "only preferences may be overridden, not '" + o.getPath() + "'");
            }
            apply(b, facts, o.getPath(), o.getValue(), at, field);
        }
    }

    private void variations(SettingBuilder b, Setting facts) {
        for (int i = 0; i < scenario.getVaryCount(); i++) {
            var v = scenario.getVary(i);
            String field = "vary[" + i + "]";
            int at = line("vary", i);
            Parameter p = parameter(facts, v.getPath(), at, field);
            if (p.kind() == Parameter.Kind.ACTOR) {
                throw error(at, field + ".path", v.getPath() + " takes an actor id and cannot be drawn from a range");
            }
            if (v.getLow() > v.getHigh()) {
                throw error(at, field + ".low", "low " + Checker.format(v.getLow()) + " is above high " + Checker.format(v.getHigh()));
            }
            for (double x : new double[] {v.getLow(), v.getHigh()}) {
                if (x < p.min() || x > p.max()) {
                    throw error(at, field, Checker.format(x) + " is out of range " + p.range() + " of " + v.getPath());
                }
            }
            b.variations.add(new Variation(v.getPath(), v.getLow(), v.getHigh()));
        }
    }

    private void expectations(SettingBuilder b, Setting facts) {
        for (int i = 0; i < scenario.getExpectCount(); i++) {
            var e = scenario.getExpect(i);
            String field = "expect[" + i + "]";
            int at = line("expect", i);
            checkOutcome(e.getOutcome(), at, field + ".outcome");
            String observed = e.getObserved();
            if (e.getOutcome().equals("ceasefire_broker")) {
                if (!observed.equals("none") && !observed.equals("direct") && facts.actor(observed) < 0) {
                    throw error(at, field + ".observed", "'" + observed + "' is neither an actor of the scenario, direct, nor none");
                }
            } else if (!observed.equals("true") && !observed.equals("false")) {
                throw error(at, field + ".observed", "'" + observed + "' must be true or false");
            }
            List<FactChange> discriminator = new ArrayList<>();
            SettingBuilder trial = facts.toBuilder();
            for (int k = 0; k < e.getDiscriminatorCount(); k++) {
                var d = e.getDiscriminator(k);
                apply(trial, facts, d.getPath(), d.getValue(), at, field + ".discriminator[" + k + "]");
                discriminator.add(new FactChange(d.getPath(), d.getValue()));
            }
            if (!discriminator.isEmpty() && e.getDiscriminatorReason().isEmpty()) {
                throw error(at, field + ".discriminator_reason", "missing: say why the change should turn the outcome");
            }
            b.expectations.add(new Expectation(e.getOutcome(), observed, e.getSource(), discriminator, e.getDiscriminatorReason()));
        }
    }

    private void checks(SettingBuilder b, Setting facts) {
        for (int i = 0; i < scenario.getCheckCount(); i++) {
            Check c = scenario.getCheck(i);
            String field = "check[" + i + "]";
            int at = line("check", i);
            checkOutcome(c.getOutcome(), at, field + ".outcome");
            if (c.getOutcome().equals("ceasefire_broker")) {
                throw error(at, field + ".outcome", "a check needs a yes-or-no outcome, not ceasefire_broker");
            }
            List<FactChange> changes = new ArrayList<>();
            SettingBuilder trial = facts.toBuilder();
            for (int k = 0; k < c.getSetCount(); k++) {
                var s = c.getSet(k);
                apply(trial, facts, s.getPath(), s.getValue(), at, field + ".set[" + k + "]");
                changes.add(new FactChange(s.getPath(), s.getValue()));
            }
            boolean up = switch (c.getDirection()) {
                case UP -> true;
                case DOWN -> false;
                default -> throw error(at, field + ".direction", "choose UP or DOWN");
            };
            b.checks.add(new CheckDef(c.getName(), c.getOutcome(), up, c.getMargin(), changes, c.getReason()));
        }
    }

    private void placebos(SettingBuilder b, Setting facts) {
        for (int i = 0; i < scenario.getPlaceboCount(); i++) {
            casus.v1.Placebo p = scenario.getPlacebo(i);
            String field = "placebo[" + i + "]";
            int at = line("placebo", i);
            List<FactChange> changes = new ArrayList<>();
            SettingBuilder trial = facts.toBuilder();
            for (int k = 0; k < p.getSetCount(); k++) {
                var s = p.getSet(k);
                apply(trial, facts, s.getPath(), s.getValue(), at, field + ".set[" + k + "]");
                changes.add(new FactChange(s.getPath(), s.getValue()));
            }
            b.placebos.add(new Placebo(p.getName(), changes, p.getReason()));
        }
    }

    // --- protection, settlements, history -------------------------------------------------------

    private void protections(SettingBuilder b) {
        for (int i = 0; i < scenario.getProtectionCount(); i++) {
            casus.v1.Protection p = scenario.getProtection(i);
            int protector = b.actor(p.getProtector());
            int protege = b.actor(p.getProtege());
            if (protector == protege) {
                throw error(line("protection", i), "protection[" + i + "].protege", "a state does not declare it protects itself");
            }
            b.protections.add(new Protection(protector, protege, p.getDeclared()));
        }
    }

    private void settlements(SettingBuilder b) {
        Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < scenario.getSettlementCount(); i++) {
            casus.v1.Settlement g = scenario.getSettlement(i);
            String field = "settlement[" + i + "]";
            int at = line("settlement", i);
            if (!seen.add(g.getId())) {
                throw error(at, field + ".id", "settlement '" + g.getId() + "' is listed twice");
            }
            List<SettlementDef.Clause> clauses = new ArrayList<>();
            for (int k = 0; k < g.getClauseCount(); k++) {
                casus.v1.Clause c = g.getClause(k);
                String cf = field + ".clause[" + k + "]";
                SettlementDef.Kind kind = switch (c.getKind()) {
                    case FREEZE -> SettlementDef.Kind.FREEZE;
                    case WITHDRAW -> SettlementDef.Kind.WITHDRAW;
                    case RESTORE -> SettlementDef.Kind.RESTORE;
                    case PEACEKEEPERS -> SettlementDef.Kind.PEACEKEEPERS;
                    case STATUS_OPEN -> SettlementDef.Kind.STATUS_OPEN;
                    default -> throw error(at, cf + ".kind", "choose FREEZE, WITHDRAW, RESTORE, PEACEKEEPERS or STATUS_OPEN");
                };
                if ((kind == SettlementDef.Kind.WITHDRAW || kind == SettlementDef.Kind.PEACEKEEPERS) && c.getParty().isEmpty()) {
                    throw error(at, cf + ".party", "missing: a " + kind + " clause names its party");
                }
                if ((kind == SettlementDef.Kind.WITHDRAW || kind == SettlementDef.Kind.STATUS_OPEN) && c.getRegionCount() == 0) {
                    throw error(at, cf + ".region", "missing: a " + kind + " clause names its regions");
                }
                int[] regions = c.getRegionList().stream().mapToInt(b::region).toArray();
                clauses.add(new SettlementDef.Clause(kind, c.getParty().isEmpty() ? Roles.NONE : b.actor(c.getParty()), regions));
            }
            b.settlements.add(new SettlementDef(g.getId(), g.getName(), clauses, g.getSource()));
        }
    }

    private void history(SettingBuilder b) {
        for (int i = 0; i < scenario.getHistoryCount(); i++) {
            casus.v1.PastAppeal h = scenario.getHistory(i);
            String field = "history[" + i + "]";
            int at = line("history", i);
            LocalDate when;
            try {
                when = LocalDate.parse(h.getDate());
            } catch (DateTimeParseException e) {
                throw error(at, field + ".date", "'" + h.getDate() + "' is not a date as YYYY-MM-DD");
            }
            if (!when.isBefore(b.startDate)) {
                throw error(at, field + ".date", h.getDate() + " is not before the scenario's start " + b.startDate);
            }
            Ask ask = switch (h.getAsk()) {
                case MILITARY_AID -> Ask.MILITARY_AID;
                case DEFENSIVE_DEPLOYMENT -> Ask.DEFENSIVE_DEPLOYMENT;
                case PEACEKEEPERS -> Ask.PEACEKEEPERS;
                case CONSULTATIONS -> Ask.CONSULTATIONS;
                case RESCUE -> Ask.RESCUE;
                default -> throw error(at, field + ".ask", "choose what the appeal asked for");
            };
            Answer answer = switch (h.getAnswer()) {
                case HONOURED -> Answer.HONOURED;
                case PARTIAL -> Answer.PARTIAL;
                case REFUSED -> Answer.REFUSED;
                default -> throw error(at, field + ".answer", "choose HONOURED, PARTIAL or REFUSED");
            };
            Ground ground = switch (h.getGround()) {
                case RECOGNISED_TERRITORY -> Ground.RECOGNISED_TERRITORY;
                case UNDEMARCATED_BORDER -> Ground.UNDEMARCATED_BORDER;
                case KIN_TERRITORY -> Ground.KIN_TERRITORY;
                case GOVERNMENT_UNREST -> Ground.GOVERNMENT_UNREST;
                case COMMUNAL_STRIFE -> Ground.COMMUNAL_STRIFE;
                case FORCES_ABROAD -> Ground.FORCES_ABROAD;
                default -> throw error(at, field + ".ground", "choose what the appeal was about");
            };
            int requester = b.actor(h.getRequester());
            int addressee = b.subject(h.getAddressee());
            if (addressee == requester) {
                throw error(at, field + ".addressee", "an appeal is made to another");
            }
            b.history.add(new PastAppeal(when, requester, addressee, ask, answer, ground));
        }
        if (!b.history.isEmpty()) {
            LocalDate last = null;
            for (int i = 0; i < b.history.size(); i++) {
                if (last != null && b.history.get(i).date().isBefore(last)) {
                    throw error(line("history", i), "history[" + i + "].date", "appeals are listed in the order they were made");
                }
                last = b.history.get(i).date();
            }
        }
    }

    private void checkOutcome(String outcome, int at, String field) {
        if (!outcome.equals("ceasefire_broker") && Flag.byKey(outcome) == null) {
            List<String> names = new ArrayList<>();
            for (Flag f : Flag.values()) {
                names.add(f.key());
            }
            names.add("ceasefire_broker");
            throw error(at, field, "unknown outcome '" + outcome + "' (outcomes: " + String.join(", ", names) + ")");
        }
    }

    private void apply(SettingBuilder b, Setting facts, String path, String value, int at, String field) {
        Parameter p = parameter(facts, path, at, field);
        try {
            p.set(b, value);
        } catch (IllegalArgumentException e) {
            throw error(at, field + ".value", e.getMessage());
        }
    }

    private Parameter parameter(Setting facts, String path, int at, String field) {
        try {
            return Parameters.require(facts, path);
        } catch (IllegalArgumentException e) {
            throw error(at, field + ".path", e.getMessage());
        }
    }

    // --- helpers ---------------------------------------------------------------------------------

    private LocalDate date(String text, String field) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw error(line(field, 0), field, "'" + text + "' is not a date as YYYY-MM-DD");
        }
    }

    private int line(String field, int index) {
        return Locations.line(tree, Scenario.getDescriptor(), field, index, 1);
    }

    private int libraryLine(String field, int index) {
        return Locations.line(libraryTree, ActorLibrary.getDescriptor(), field, index, 1);
    }

    /** A problem with a field of the scenario, placed on the field's own line when the text shows it. */
    private ScenarioException error(int line, String field, String problem) {
        return new ScenarioException(scenarioSource.name(), Locations.line(tree, Scenario.getDescriptor(), field, line), field, problem);
    }
}
