package casus.engine.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A compiled scenario: every fact and preference the engine reads, indexed by actor, region and
 * treaty. Immutable; {@link #toBuilder()} gives a copy to change. Belief subjects are indexed
 * over actors first, then treaties ({@link #treatySubject(int)}).
 */
public final class Setting {
    final String id;
    final String title;
    final String summary;
    final String origin;
    final LocalDate startDate;
    final int days;
    final ModelConstants model;
    final double[] constants;
    final Roles roles;

    final String[] actorIds;
    final String[] actorNames;
    final double[] power;
    final long[] troops;
    final double[] readiness;
    final double[] committed;
    final double[] stability;
    final double[] backing;
    final boolean[] deFacto;
    final long[] actorPopulation;
    final long[] securityForces;
    final double[] securityLoyalty;
    final long[] peacekeepingForce;
    final int[] airDefenceUnits;
    final double[][] weights;

    final String[] regionIds;
    final String[] regionNames;
    final int[] deJure;
    final double[] area;
    final long[] population;
    final int[] kin;
    final double[][] control;
    final double[] terrain;
    final double[][] stake;
    /** What each region is worth to each actor: {@link #value}. */
    private final double[][] value;
    final long[] redLines;
    final boolean[] undemarcated;

    final String[] treatyIds;
    final String[] treatyNames;
    final long[] members;
    final DecisionRule[] rules;
    final List<List<Article>> articles;
    /** Per treaty, whether it has an article with a military obligation. */
    private final boolean[] military;
    /** Per actor, the actors it shares a treaty with, as a bit set. */
    private final long[] treatyPartners;
    final long[] treatyForces;
    final long[] treatyPeacekeepers;
    final long[] treatyObservers;

    final double[][] alignment;
    final double[][] interdependence;
    final double[][] belief;
    /** Beliefs as the scenario states them, before its history of appeals taught anything. */
    final double[][] statedBelief;
    /** Beliefs set for the start of the run, NaN where none was: {@link SettingBuilder#beliefAtStart}. */
    final double[][] beliefAtStart;

    final List<DeploymentDef> deployments;
    final List<EventDef> events;
    final List<Variation> variations;
    final List<Expectation> expectations;
    final List<CheckDef> checks;
    final List<Injectable> injectables;
    final List<Protection> protections;
    final List<SettlementDef> settlements;
    final List<PastAppeal> history;
    final List<Placebo> placebos;
    final Sample sample;
    final LocalDate committedOn;
    private volatile List<Parameter> variationParameters;

    Setting(SettingBuilder b) {
        this(b, false);
    }

    /**
     * Freezes a builder's facts: copies of its arrays, or, when {@code adopt}, the arrays
     * themselves, for a builder nobody touches again.
     */
    Setting(SettingBuilder b, boolean adopt) {
        id = b.id;
        title = b.title;
        summary = b.summary;
        origin = b.origin;
        startDate = b.startDate;
        days = b.days;
        model = b.model;
        constants = adopt ? b.constants : b.constants.clone();
        roles = b.roles;
        actorIds = adopt ? b.actorIds : b.actorIds.clone();
        actorNames = adopt ? b.actorNames : b.actorNames.clone();
        power = adopt ? b.power : b.power.clone();
        troops = adopt ? b.troops : b.troops.clone();
        readiness = adopt ? b.readiness : b.readiness.clone();
        committed = adopt ? b.committed : b.committed.clone();
        stability = adopt ? b.stability : b.stability.clone();
        backing = adopt ? b.backing : b.backing.clone();
        deFacto = adopt ? b.deFacto : b.deFacto.clone();
        actorPopulation = adopt ? b.actorPopulation : b.actorPopulation.clone();
        securityForces = adopt ? b.securityForces : b.securityForces.clone();
        securityLoyalty = adopt ? b.securityLoyalty : b.securityLoyalty.clone();
        peacekeepingForce = adopt ? b.peacekeepingForce : b.peacekeepingForce.clone();
        airDefenceUnits = adopt ? b.airDefenceUnits : b.airDefenceUnits.clone();
        weights = adopt ? b.weights : deepCopy(b.weights);
        regionIds = adopt ? b.regionIds : b.regionIds.clone();
        regionNames = adopt ? b.regionNames : b.regionNames.clone();
        deJure = adopt ? b.deJure : b.deJure.clone();
        area = adopt ? b.area : b.area.clone();
        population = adopt ? b.population : b.population.clone();
        kin = adopt ? b.kin : b.kin.clone();
        control = adopt ? b.control : deepCopy(b.control);
        terrain = adopt ? b.terrain : b.terrain.clone();
        stake = adopt ? b.stake : deepCopy(b.stake);
        value = new double[stake.length][];
        for (int r = 0; r < stake.length; r++) {
            value[r] = new double[b.actorIds.length];
            for (int a = 0; a < value[r].length; a++) {
                value[r][a] = b.deJure[r] == a || b.kin[r] == a ? 1 : stake[r][a];
            }
        }
        redLines = adopt ? b.redLines : b.redLines.clone();
        undemarcated = adopt ? b.undemarcated : b.undemarcated.clone();
        treatyIds = adopt ? b.treatyIds : b.treatyIds.clone();
        treatyNames = adopt ? b.treatyNames : b.treatyNames.clone();
        members = adopt ? b.members : b.members.clone();
        rules = adopt ? b.rules : b.rules.clone();
        List<List<Article>> arts = new ArrayList<>();
        for (List<Article> list : b.articles) {
            arts.add(List.copyOf(list));
        }
        articles = List.copyOf(arts);
        military = new boolean[articles.size()];
        for (int t = 0; t < military.length; t++) {
            for (Article a : articles.get(t)) {
                military[t] |= a.obligation().military();
            }
        }
        treatyPartners = new long[b.actorIds.length];
        for (int t = 0; t < members.length; t++) {
            for (int a = 0; a < treatyPartners.length; a++) {
                if ((members[t] & (1L << a)) != 0) {
                    treatyPartners[a] |= members[t] & ~(1L << a);
                }
            }
        }
        treatyForces = adopt ? b.treatyForces : b.treatyForces.clone();
        treatyPeacekeepers = adopt ? b.treatyPeacekeepers : b.treatyPeacekeepers.clone();
        treatyObservers = adopt ? b.treatyObservers : b.treatyObservers.clone();
        alignment = adopt ? b.alignment : deepCopy(b.alignment);
        interdependence = adopt ? b.interdependence : deepCopy(b.interdependence);
        statedBelief = adopt ? b.belief : deepCopy(b.belief);
        beliefAtStart = adopt ? b.beliefAtStart : deepCopy(b.beliefAtStart);
        belief = b.history.isEmpty() && !anySet(beliefAtStart) ? statedBelief : atStart(b);
        deployments = List.copyOf(b.deployments);
        events = List.copyOf(b.events);
        variations = List.copyOf(b.variations);
        expectations = List.copyOf(b.expectations);
        checks = List.copyOf(b.checks);
        injectables = List.copyOf(b.injectables);
        protections = List.copyOf(b.protections);
        settlements = List.copyOf(b.settlements);
        history = List.copyOf(b.history);
        placebos = List.copyOf(b.placebos);
        sample = b.sample;
        committedOn = b.committedOn;
    }

    private static boolean anySet(double[][] m) {
        for (double[] row : m) {
            for (double v : row) {
                if (!Double.isNaN(v)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The beliefs at the start of a run: the stated beliefs after the lessons of the history of
     * appeals, in order, under the model's constants; then any belief a study set for the start.
     */
    private static double[][] atStart(SettingBuilder b) {
        double[][] out = deepCopy(b.belief);
        int actors = b.actorIds.length;
        for (PastAppeal h : b.history) {
            int leader = -1;
            if (h.addressee() >= actors) {
                int t = h.addressee() - actors;
                if (b.rules[t] == DecisionRule.CONSENSUS) {
                    for (int a = 0; a < actors; a++) {
                        if ((b.members[t] & (1L << a)) != 0 && (leader < 0 || b.power[a] > b.power[leader])) {
                            leader = a;
                        }
                    }
                }
            }
            double clarity = Lessons.clarity(h.ground(), b.constants) * Lessons.weight(h.ask(), h.answer(), b.constants);
            Lessons.teach(out, h.requester(), h.addressee(), leader, Lessons.worth(h.answer(), b.constants), clarity, b.constants);
        }
        for (int h = 0; h < out.length; h++) {
            for (int j = 0; j < out[h].length; j++) {
                if (!Double.isNaN(b.beliefAtStart[h][j])) {
                    out[h][j] = b.beliefAtStart[h][j];
                }
            }
        }
        return out;
    }

    private static double[][] deepCopy(double[][] from) {
        double[][] to = new double[from.length][];
        for (int i = 0; i < from.length; i++) {
            to[i] = from[i].clone();
        }
        return to;
    }

    public SettingBuilder toBuilder() {
        return new SettingBuilder(this);
    }

    // --- identity -------------------------------------------------------------------------

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    /** Where the scenario came from: a bundled name or a file path. */
    public String origin() {
        return origin;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public int days() {
        return days;
    }

    public double temperature() {
        return constants[ModelConstant.TEMPERATURE.ordinal()];
    }

    public double preferenceSpread() {
        return constants[ModelConstant.PREFERENCE_SPREAD.ordinal()];
    }

    /** The value this setting gives a model constant. */
    public double k(ModelConstant c) {
        return constants[c.ordinal()];
    }

    /** The model's constants as the library's model file states them (values before any study changed them). */
    public ModelConstants model() {
        return model;
    }

    public Roles roles() {
        return roles;
    }

    // --- actors ---------------------------------------------------------------------------

    public int actorCount() {
        return actorIds.length;
    }

    public String actorId(int a) {
        return actorIds[a];
    }

    public String actorName(int a) {
        return actorNames[a];
    }

    /** Index of an actor id, or -1. */
    public int actor(String id) {
        return SettingBuilder.indexOf(actorIds, id);
    }

    public double power(int a) {
        return power[a];
    }

    public long troops(int a) {
        return troops[a];
    }

    public double readiness(int a) {
        return readiness[a];
    }

    public double committed(int a) {
        return committed[a];
    }

    public double stability(int a) {
        return stability[a];
    }

    public double backing(int a) {
        return backing[a];
    }

    public boolean deFacto(int a) {
        return deFacto[a];
    }

    /** People the actor rules. */
    public long actorPopulation(int a) {
        return actorPopulation[a];
    }

    /** The actor's police, interior troops and national guard. */
    public long securityForces(int a) {
        return securityForces[a];
    }

    /** Share of the actor's security forces that obey an order to act against unrest. */
    public double securityLoyalty(int a) {
        return securityLoyalty[a];
    }

    /** Troops the actor can send abroad as peacekeepers. */
    public long peacekeepingForce(int a) {
        return peacekeepingForce[a];
    }

    /** Air-defence batteries the actor can deploy to an ally. */
    public int airDefenceUnits(int a) {
        return airDefenceUnits[a];
    }

    public double weight(int a, Term t) {
        return weights[a][t.ordinal()];
    }

    public double weight(int a, int term) {
        return weights[a][term];
    }

    // --- regions --------------------------------------------------------------------------

    public int regionCount() {
        return regionIds.length;
    }

    public String regionId(int r) {
        return regionIds[r];
    }

    public String regionName(int r) {
        return regionNames[r];
    }

    public int region(String id) {
        return SettingBuilder.indexOf(regionIds, id);
    }

    public int deJure(int r) {
        return deJure[r];
    }

    public double area(int r) {
        return area[r];
    }

    public long population(int r) {
        return population[r];
    }

    /** The actor whose kin live in the region, or {@link Roles#NONE}. */
    public int kin(int r) {
        return kin[r];
    }

    public double control(int r, int a) {
        return control[r][a];
    }

    public double terrain(int r) {
        return terrain[r];
    }

    /** What the region is worth to an actor beyond ownership and kinship. */
    public double stake(int r, int a) {
        return stake[r][a];
    }

    /** What a region is worth to an actor: its own or its kin's land counts fully, else its stake. */
    public double value(int r, int a) {
        return value[r][a];
    }

    /** Whether the border through a region was never delimited. */
    public boolean undemarcated(int r) {
        return undemarcated[r];
    }

    public boolean redLine(int r, int a) {
        return (redLines[r] & (1L << a)) != 0;
    }

    // --- treaties -------------------------------------------------------------------------

    public int treatyCount() {
        return treatyIds.length;
    }

    public String treatyId(int t) {
        return treatyIds[t];
    }

    public String treatyName(int t) {
        return treatyNames[t];
    }

    public int treaty(String id) {
        return SettingBuilder.indexOf(treatyIds, id);
    }

    /** Members as a bit set over actor indices. */
    public long members(int t) {
        return members[t];
    }

    public boolean member(int t, int a) {
        return (members[t] & (1L << a)) != 0;
    }

    public DecisionRule rule(int t) {
        return rules[t];
    }

    public List<Article> articles(int t) {
        return articles.get(t);
    }

    /** Whether a treaty has an article with a military obligation. */
    public boolean military(int t) {
        return military[t];
    }

    /** Whether two actors are members of one treaty. */
    public boolean shareTreaty(int a, int b) {
        return (treatyPartners[a] & (1L << b)) != 0;
    }

    public long treatyForces(int t) {
        return treatyForces[t];
    }

    public long treatyPeacekeepers(int t) {
        return treatyPeacekeepers[t];
    }

    public long treatyObservers(int t) {
        return treatyObservers[t];
    }

    /** The belief-subject index of a treaty. */
    public int treatySubject(int t) {
        return actorIds.length + t;
    }

    public int subjectCount() {
        return actorIds.length + treatyIds.length;
    }

    /** Name of a belief subject: an actor or a treaty id. */
    public String subjectId(int s) {
        return s < actorIds.length ? actorIds[s] : treatyIds[s - actorIds.length];
    }

    // --- relations and beliefs --------------------------------------------------------------

    public double alignment(int from, int to) {
        return alignment[from][to];
    }

    public double interdependence(int from, int to) {
        return interdependence[from][to];
    }

    public double belief(int holder, int subject) {
        return belief[holder][subject];
    }

    // --- the rest -------------------------------------------------------------------------

    public List<DeploymentDef> deployments() {
        return deployments;
    }

    public List<EventDef> events() {
        return events;
    }

    public List<Variation> variations() {
        return variations;
    }

    /** The parameters the scenario's variations draw, resolved once, in declaration order. */
    public List<Parameter> variationParameters() {
        List<Parameter> resolved = variationParameters;
        if (resolved == null) {
            List<Parameter> all = Parameters.all(this);
            List<Parameter> list = new ArrayList<>();
            for (Variation v : variations) {
                Parameter found = null;
                for (Parameter p : all) {
                    if (p.path().equals(v.path())) {
                        found = p;
                    }
                }
                if (found == null) {
                    throw new IllegalStateException("unknown parameter '" + v.path() + "' in a variation");
                }
                list.add(found);
            }
            resolved = List.copyOf(list);
            variationParameters = resolved;
        }
        return resolved;
    }

    public List<Expectation> expectations() {
        return expectations;
    }

    public List<CheckDef> checks() {
        return checks;
    }

    /** The shocks a facilitator may fire in a live session, in the scenario's order. */
    public List<Injectable> injectables() {
        return injectables;
    }

    /** Declared protections, in the scenario's order. */
    public List<Protection> protections() {
        return protections;
    }

    /** Settlement packages the scenario makes available to mediators. */
    public List<SettlementDef> settlements() {
        return settlements;
    }

    /** Appeals made before the scenario starts, in the scenario's order. */
    public List<PastAppeal> history() {
        return history;
    }

    /** Changes of facts that should not move any outcome. */
    public List<Placebo> placebos() {
        return placebos;
    }

    /** Whether the case was used while the model was built or is scored out of sample. */
    public Sample sample() {
        return sample;
    }

    /** When an out-of-sample case was committed, or null. */
    public LocalDate committedOn() {
        return committedOn;
    }

    /** The injectable shock with this id, or null. */
    public Injectable injectable(String id) {
        for (Injectable i : injectables) {
            if (i.id().equals(id)) {
                return i;
            }
        }
        return null;
    }
}
