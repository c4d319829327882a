package casus.engine.testing;

import casus.engine.action.ActionKind;
import casus.engine.action.ChoiceKind;
import casus.engine.action.ChoiceSet;
import casus.engine.event.Origin;
import casus.engine.model.Ask;
import casus.engine.model.DecisionRule;
import casus.engine.model.DeploymentKind;
import casus.engine.model.ModelConstant;
import casus.engine.model.Obligation;
import casus.engine.model.Packages;
import casus.engine.model.Setting;
import casus.engine.model.SettlementDef;
import casus.engine.run.Commands;
import casus.engine.run.Recorder;
import casus.engine.run.Simulation;
import casus.engine.world.Conflict;
import casus.engine.world.Motion;
import casus.engine.world.Presence;
import casus.engine.world.Proposal;
import casus.engine.world.Request;
import casus.engine.world.World;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A run ticked by hand that checks, after every tick, the invariants the engine promises.
 *
 * <p>The state of the world: control shares of every region sum to one, casualties never fall,
 * beliefs, stability and unrest stay within [0, 1], suspension and a regime's fall are for good,
 * a suspended member never votes, nobody votes on its own appeal, and a ceasefire in force has
 * exactly one agreement, whose proposer is its broker.
 *
 * <p>The decisions: every option an actor was offered was legal in the world as the tick found it
 * (so every chosen option is legal too), and every actor's decision keys, and each decision's
 * option keys, are unique.
 *
 * <p>The chronicle hangs together: an attacker with an acceptance standing is not attacking at
 * full intensity, and one that chose to attack has none left; no forces are sent to, no guard
 * deployed for, and no yes-vote cast on a force motion for a government whose regime had fallen;
 * no appeal is made about a conflict under a ceasefire, or one that died down without the attacker
 * holding the appellant's ground; only actors with a peacekeeping force and the troops to send it
 * propose their own peacekeepers; nobody suspends its part in a treaty while its own appeal to it
 * is open; an actor whose peacekeepers stand in a conflict's regions is not among its interveners
 * (they take up arms first); and the principal defender of a conflict over another's land is never
 * its attacker.
 *
 * <p>A broken invariant throws an {@link AssertionError} naming the run, the day and what broke.
 */
public final class CheckedRun {
    /** How far a region's control shares may stray from summing to one. */
    public static final double SHARE_TOLERANCE = 1e-9;

    private final Simulation sim;
    private final World w;
    private final Setting s;
    private final Commands commands;
    private final String name;
    private final int actors;

    // the world as the tick found it
    private int day;
    private boolean[][] suspended;
    private boolean[] fallen;
    private double[] casualties;
    private double[] unrest;
    private double[] communal;
    private boolean[] repressing;
    private boolean[] conceded;
    private boolean[] resigned;
    private boolean[] guarded;
    private double[] available;
    private double[] availableTroops;
    private double[][] alignment;
    private boolean[][] backedBy;
    private Motion.Vote[][] votes;
    private boolean[] motionOpen;
    private Request.Status[] requestStatus;
    private Proposal.Status[] proposalStatus;
    private long[] accepted;
    private Conflict.Phase[] phase;
    private boolean[] fighting;
    private long[] defenders;
    private long[] interveners;
    private long[] occupied;
    private Presence[] presences;
    private int requests;
    private int proposals;
    private int ticks;

    public CheckedRun(Setting setting, long seed, Commands commands) {
        this(setting, seed, commands, Recorder.NONE);
    }

    /** A checked run whose events a recorder hears as they happen (a test may tamper with the world there, to see a check fail). */
    public CheckedRun(Setting setting, long seed, Commands commands, Recorder recorder) {
        this.sim = new Simulation(setting, seed, recorder);
        this.w = sim.world();
        this.s = sim.setting();
        this.commands = commands;
        this.name = setting.id() + " seed " + seed;
        this.actors = s.actorCount();
    }

    public Simulation simulation() {
        return sim;
    }

    /** How many ticks have been checked. */
    public int ticks() {
        return ticks;
    }

    public void runToEnd() {
        while (!sim.finished()) {
            tick();
        }
    }

    public void tick() {
        before();
        sim.tick(commands);
        after();
        ticks++;
    }

    private void before() {
        day = w.day();
        suspended = new boolean[s.treatyCount()][actors];
        for (int t = 0; t < s.treatyCount(); t++) {
            for (int a = 0; a < actors; a++) {
                suspended[t][a] = w.treaties().suspended(t, a);
            }
        }
        fallen = new boolean[actors];
        casualties = new double[actors];
        unrest = new double[actors];
        communal = new double[actors];
        repressing = new boolean[actors];
        conceded = new boolean[actors];
        resigned = new boolean[actors];
        guarded = new boolean[actors];
        available = new double[actors];
        availableTroops = new double[actors];
        alignment = new double[actors][actors];
        backedBy = new boolean[actors][actors];
        for (int a = 0; a < actors; a++) {
            fallen[a] = w.regimes().fallen(a);
            casualties[a] = w.military().casualties(a);
            unrest[a] = w.regimes().unrest(a);
            communal[a] = w.regimes().communalIn(a);
            repressing[a] = w.regimes().repressing(a);
            conceded[a] = w.regimes().conceded(a);
            resigned[a] = w.regimes().leaderResigned(a);
            guarded[a] = w.aid().guarded(a);
            available[a] = w.military().available(a);
            availableTroops[a] = w.military().availableTroops(a);
            for (int b = 0; b < actors; b++) {
                alignment[a][b] = w.minds().alignment(a, b);
                backedBy[a][b] = w.aid().backedBy(a, b);
            }
        }
        votes = new Motion.Vote[w.appeals().motionCount()][actors];
        motionOpen = new boolean[w.appeals().motionCount()];
        for (Motion m : w.appeals().motions()) {
            motionOpen[m.index()] = m.open();
            for (int a = 0; a < actors; a++) {
                votes[m.index()][a] = m.vote(a);
            }
        }
        requestStatus = w.appeals().requests().stream().map(Request::status).toArray(Request.Status[]::new);
        proposalStatus = w.talks().proposals().stream().map(Proposal::status).toArray(Proposal.Status[]::new);
        accepted = new long[w.talks().proposalCount()];
        for (Proposal p : w.talks().proposals()) {
            for (int a = 0; a < actors; a++) {
                accepted[p.index()] |= p.acceptedBy(a) ? 1L << a : 0;
            }
        }
        int conflicts = w.wars().conflictCount();
        phase = new Conflict.Phase[conflicts];
        fighting = new boolean[conflicts];
        defenders = new long[conflicts];
        interveners = new long[conflicts];
        occupied = new long[conflicts];
        for (Conflict c : w.wars().conflicts()) {
            int i = c.index();
            phase[i] = c.phase();
            fighting[i] = c.fighting(day);
            defenders[i] = c.defenders();
            interveners[i] = c.interveners();
            for (int k = 0; k < c.regionCount(); k++) {
                int r = c.region(k);
                if (s.deJure(r) >= 0 && c.attackerGain(k, w.territory().control(r, c.attacker())) > 0) {
                    occupied[i] |= 1L << s.deJure(r);
                }
            }
        }
        presences = w.military().presences().toArray(new Presence[0]);
        requests = w.appeals().requestCount();
        proposals = w.talks().proposalCount();
    }

    private void after() {
        checkState();
        for (int a = 0; a < actors; a++) {
            checkDecisions(a);
        }
        checkChronicle();
    }

    // --- the state of the world -------------------------------------------------------------

    private void checkState() {
        for (int r = 0; r < s.regionCount(); r++) {
            double sum = 0;
            for (int a = 0; a < actors; a++) {
                final int region = r;
                final int actor = a;
                check(w.territory().control(r, a) >= -1e-12, () -> "control of " + s.regionId(region) + " by " + s.actorId(actor) + " is negative: " + w.territory().control(region, actor));
                sum += w.territory().control(r, a);
            }
            final double total = sum;
            final int region = r;
            check(Math.abs(sum - 1) <= SHARE_TOLERANCE, () -> "control shares of " + s.regionId(region) + " sum to " + total);
        }
        for (int a = 0; a < actors; a++) {
            final int actor = a;
            check(w.military().casualties(a) >= casualties[a], () -> "casualties of " + s.actorId(actor) + " fell from " + casualties[actor] + " to " + w.military().casualties(actor));
            check(within01(w.regimes().stability(a)), () -> "stability of " + s.actorId(actor) + " is " + w.regimes().stability(actor));
            check(within01(w.regimes().unrest(a)), () -> "unrest of " + s.actorId(actor) + " is " + w.regimes().unrest(actor));
            check(!fallen[a] || w.regimes().fallen(a), () -> "the fallen regime of " + s.actorId(actor) + " rose again");
            for (int subject = 0; subject < s.subjectCount(); subject++) {
                final int of = subject;
                check(within01(w.minds().belief(a, subject)), () -> "belief of " + s.actorId(actor) + " in " + s.subjectId(of) + " is " + w.minds().belief(actor, of));
            }
            for (int t = 0; t < s.treatyCount(); t++) {
                final int treaty = t;
                check(!suspended[t][a] || w.treaties().suspended(t, a), () -> s.actorId(actor) + " took up its suspended part in " + s.treatyId(treaty) + " again");
            }
        }
        for (Motion m : w.appeals().motions()) {
            int requester = w.appeals().request(m.request()).requester();
            check(m.vote(requester) == Motion.Vote.NONE, () -> s.actorId(requester) + " voted on its own appeal");
            for (int a = 0; a < actors; a++) {
                Motion.Vote before = m.index() < votes.length ? votes[m.index()][a] : Motion.Vote.NONE;
                if (suspended[m.treaty()][a]) {
                    final int actor = a;
                    check(m.vote(a) == before, () -> "suspended member " + s.actorId(actor) + " voted on motion M" + m.index());
                }
            }
        }
        for (int i = requests; i < w.appeals().requestCount(); i++) {
            Request q = w.appeals().request(i);
            if (q.treaty() >= 0) {
                check(s.member(q.treaty(), q.requester()) && !suspended[q.treaty()][q.requester()],
                        () -> s.actorId(q.requester()) + " appealed under " + s.treatyId(q.treaty()) + " without taking part in it");
            } else {
                check(q.addressee() >= 0 && q.addressee() != q.requester(), () -> s.actorId(q.requester()) + " appealed outside any treaty to nobody");
            }
        }
        for (Conflict c : w.wars().conflicts()) {
            List<Proposal> inForce = w.talks().proposals().stream()
                    .filter(p -> p.conflict() == c.index() && p.status() == Proposal.Status.IN_FORCE).toList();
            if (c.phase() == Conflict.Phase.CEASEFIRE && !inForce.isEmpty()) {
                check(inForce.size() == 1, () -> "a ceasefire in C" + c.index() + " with " + inForce.size() + " agreements in force");
                Proposal agreement = inForce.get(0);
                check(c.broker() == agreement.proposer(), () -> "the broker of C" + c.index() + " is not the proposer of its agreement");
                check(c.direct() == agreement.direct(), () -> "C" + c.index() + " is told direct " + c.direct() + " for an agreement direct " + agreement.direct());
            } else if (c.phase() == Conflict.Phase.CEASEFIRE) {
                // a ceasefire an agreement for another conflict between the same parties put in force
                check(w.talks().proposals().stream().anyMatch(p -> p.proposer() == c.broker() && p.direct() == c.direct() && p.status() != Proposal.Status.OPEN
                        && w.wars().opposes(c, w.wars().conflict(p.conflict()).attacker(), w.wars().principalDefender(w.wars().conflict(p.conflict())))),
                        () -> "a ceasefire in C" + c.index() + " without an agreement between its parties");
            } else {
                check(inForce.isEmpty(), () -> "C" + c.index() + " is " + c.phase() + " with an agreement in force");
            }
            check(c.severity() >= 0 && c.severity() <= 1, () -> "severity of C" + c.index() + " is " + c.severity());
        }
    }

    // --- the decisions ---------------------------------------------------------------------

    /** Every option of every decision an actor faced was legal in the world as the tick found it. */
    private void checkDecisions(int a) {
        List<ChoiceSet> decisions = sim.decisions(a);
        String who = s.actorId(a);
        check(!fallen[a] || decisions.isEmpty(), () -> who + " decided something after its regime fell");
        Set<String> decisionKeys = new HashSet<>();
        for (int k = 0; k < decisions.size(); k++) {
            ChoiceSet set = decisions.get(k);
            Origin origin = sim.origin(a, k);
            String key = set.key(s);
            check(decisionKeys.add(key), () -> who + " faced decision " + key + " twice");
            check(set.actor() == a, () -> "a decision of " + s.actorId(set.actor()) + " among " + who + "'s");
            check(set.size() > 0, () -> who + " faced an empty " + set.kind() + " decision");
            check(set.chosen() >= 0 && set.chosen() < set.size() || set.chosen() == -1 && origin == Origin.HELD,
                    () -> who + " chose option " + set.chosen() + " of " + set.size() + " (" + origin + ")");
            Set<String> optionKeys = new HashSet<>();
            for (int i = 0; i < set.size(); i++) {
                String option = set.action(i).key(s);
                check(optionKeys.add(option), () -> who + " was offered " + option + " twice in " + key);
                checkOption(a, set, i);
            }
        }
    }

    private void checkOption(int a, ChoiceSet set, int i) {
        ActionKind kind = set.actionKind(i);
        Supplier<String> what = () -> s.actorId(a) + " was offered " + set.action(i).key(s) + " in " + set.key(s);
        switch (set.kind()) {
            case APPEAL -> checkAppeal(a, set, i, what);
            case RESPONSE -> {
                Request q = w.appeals().request(set.subject());
                check(q.index() < requestStatus.length && requestStatus[q.index()] == Request.Status.OPEN && q.day() < day,
                        () -> what.get() + " to an appeal not open since an earlier day");
                check(q.addressee() == a, () -> what.get() + " to an appeal not made to it");
                check(set.target(i) == q.requester(), () -> what.get() + " aimed at someone other than the one who asked");
                check(fits(q.ask(), kind), () -> what.get() + " to an appeal for " + q.ask().label());
                check(kind != ActionKind.HONOUR || q.ask() != Ask.MILITARY_AID || available[a] > 0, () -> what.get() + " with no forces at hand");
                check(!fallen[q.requester()] || kind == ActionKind.CONSULT || kind == ActionKind.DECLINE,
                        () -> what.get() + " to a government that had fallen");
            }
            case VOTE -> {
                Motion m = w.appeals().motion(set.subject());
                check(activeBefore(m.treaty(), a), () -> what.get() + " in a council it does not take part in");
                check(w.appeals().request(m.request()).requester() != a, () -> what.get() + " on its own appeal");
                check(m.tabledDay() < day && votes.length > m.index() && motionOpen[m.index()] && votes[m.index()][a] == Motion.Vote.NONE,
                        () -> what.get() + " on a motion not open to its vote");
                check(kind == ActionKind.VOTE_YES || kind == ActionKind.VOTE_NO || kind == ActionKind.VOTE_ABSTAIN, what);
                check(kind != ActionKind.VOTE_YES || !m.kind().sendsForces() || !fallen[w.appeals().request(m.request()).requester()],
                        () -> what.get() + ": forces for a government that had fallen");
            }
            case POSTURE -> checkPosture(a, set, i, what);
            case DIPLOMACY -> checkDiplomacy(a, set, i, what);
            case DOMESTIC -> {
                check(unrest[a] > 0 || communal[a] > 0, () -> what.get() + " without a crisis at home");
                switch (kind) {
                    case CRACK_DOWN -> check(!repressing[a], () -> what.get() + " while already repressing");
                    case CONCEDE -> check(unrest[a] > 0 && !conceded[a], () -> what.get() + " again, or with nobody protesting");
                    case RESIGN -> check(unrest[a] > 0 && !resigned[a], () -> what.get() + " again, or with nobody protesting");
                    default -> check(kind == ActionKind.PASS, what);
                }
            }
        }
        if (set.kind() != ChoiceKind.POSTURE) {
            check(kind != ActionKind.ATTACK && kind != ActionKind.INTERVENE && kind != ActionKind.HOLD && kind != ActionKind.FIRE_BACK
                    && kind != ActionKind.ACCEPT, what);
        }
    }

    private void checkAppeal(int a, ChoiceSet set, int i, Supplier<String> what) {
        ActionKind kind = set.actionKind(i);
        int t = set.subject();
        check(kind == ActionKind.PASS || kind == ActionKind.REQUEST || kind == ActionKind.SUSPEND, what);
        if (t >= 0) {
            check(activeBefore(t, a), () -> what.get() + " without taking part in " + s.treatyId(t));
            check(kind == ActionKind.PASS || set.treaty(i) == t, () -> what.get() + " about another treaty");
        } else {
            check(kind != ActionKind.SUSPEND, () -> what.get() + " outside any treaty");
        }
        if (kind == ActionKind.SUSPEND) {
            check(s.rule(t) == DecisionRule.CONSENSUS && w.treaties().leader(t) != a, () -> what.get() + " of " + s.treatyId(t));
            check(!appealOpenBefore(a, t), () -> what.get() + " while its own appeal to " + s.treatyId(t) + " is open");
        }
        if (kind != ActionKind.REQUEST) {
            return;
        }
        Ask ask = set.action(i).ask();
        int conflict = set.ref(i);
        check(!sameAppealOpenBefore(a, set.treaty(i), set.target(i), set.article(i), ask), () -> what.get() + " while the same appeal is open");
        if (conflict >= 0) {
            check(live(conflict, a), () -> what.get() + " about C" + conflict + ", " + phase[conflict] + " and not occupying its ground");
            check(w.wars().conflict(conflict).attacker() != a, () -> what.get() + " about its own attack");
        } else {
            check(unrest[a] > 0 || communal[a] > 0, () -> what.get() + " about a crisis at home it does not have");
        }
        if (t >= 0) {
            Obligation o = s.articles(t).get(set.article(i)).obligation();
            boolean war = conflict >= 0;
            boolean fits = switch (ask) {
                case MILITARY_AID, DEFENSIVE_DEPLOYMENT -> war && o.military();
                case PEACEKEEPERS -> !war && o.military();
                case CONSULTATIONS -> o == Obligation.CONSULTATION;
                case RESCUE -> !war && s.rule(t) == DecisionRule.UNILATERAL && o == Obligation.CONSULTATION;
            };
            check(fits, () -> what.get() + " under an " + o + " article");
            int addressee = set.target(i);
            check(s.rule(t) == DecisionRule.CONSENSUS ? addressee == -1 : addressee >= 0 && addressee != a && s.member(t, addressee),
                    () -> what.get() + " addressed to " + addressee);
        } else {
            int friend = set.target(i);
            check(friend >= 0 && friend != a && !fallen[friend], () -> what.get() + " to nobody, itself or a fallen government");
            check(!sharesTreaty(a, friend), () -> what.get() + ": a treaty partner is asked under the treaty");
            check(alignment[a][friend] >= s.k(ModelConstant.APPEAL_FRIEND_ALIGNMENT) || w.treaties().protects(friend, a), () -> what.get() + " of a state not its friend");
            if (conflict >= 0) {
                check(friend != w.wars().conflict(conflict).attacker(), () -> what.get() + " of the attacker");
                check((sideBefore(conflict) & (1L << friend)) == 0, () -> what.get() + " of a state already fighting on its side");
                check(ask == Ask.MILITARY_AID || ask == Ask.CONSULTATIONS, () -> what.get() + " in a war");
            } else {
                check(ask != Ask.MILITARY_AID && ask != Ask.DEFENSIVE_DEPLOYMENT, () -> what.get() + " without a war");
                check(ask != Ask.PEACEKEEPERS || unrest[a] <= 0, () -> what.get() + ": troops against its own unrest");
            }
        }
    }

    private void checkPosture(int a, ChoiceSet set, int i, Supplier<String> what) {
        ActionKind kind = set.actionKind(i);
        Conflict c = w.wars().conflict(set.subject());
        int ci = c.index();
        boolean known = ci < phase.length;
        check(known || c.attacker() != a && w.wars().principalDefender(c) != a, () -> what.get() + " in a war that began after its decisions");
        switch (kind) {
            case HOLD -> {
            }
            case ATTACK -> {
                check(c.attacker() == a, () -> what.get() + " in a war it is not waging");
                check(c.startDay() < day, () -> what.get() + " on the day its offensive began");
            }
            case FIRE_BACK -> {
                check(w.wars().principalDefender(c) == a && c.attacker() != a, () -> what.get() + " as other than the principal defender");
                check(known && phase[ci] == Conflict.Phase.ACTIVE, () -> what.get() + " in a war not active");
                check(set.target(i) == c.attacker(), () -> what.get() + " at someone other than the attacker");
            }
            case ACCEPT -> {
                Proposal p = w.talks().proposal(set.ref(i));
                check(p.conflict() == ci, () -> what.get() + " for another conflict");
                check(c.attacker() == a || w.wars().principalDefender(c) == a, () -> what.get() + " for a war it is not a party to");
                check(p.index() < proposalStatus.length && proposalStatus[p.index()] == Proposal.Status.OPEN && p.day() < day,
                        () -> what.get() + " to a proposal not open since an earlier day");
                check((accepted[p.index()] & (1L << a)) == 0, () -> what.get() + " again");
                check(p.proposer() != a, () -> what.get() + ": its own proposal");
                check(known && phase[ci] != Conflict.Phase.CEASEFIRE, () -> what.get() + " under a ceasefire");
            }
            case INTERVENE -> {
                check(c.attacker() != a && w.wars().principalDefender(c) != a && (sideBefore(ci) & (1L << a)) == 0,
                        () -> what.get() + " in a war it is already a party to");
                check(known && phase[ci] == Conflict.Phase.ACTIVE, () -> what.get() + " in a war not active");
                check(available[a] > 0, () -> what.get() + " with nothing to fight with");
                check(hasStanding(a, c), () -> what.get() + " without standing: no protection, kin, forces there or bilateral treaty");
            }
            default -> check(false, what);
        }
    }

    private void checkDiplomacy(int a, ChoiceSet set, int i, Supplier<String> what) {
        ActionKind kind = set.actionKind(i);
        switch (kind) {
            case PASS -> {
            }
            case MEDIATE -> {
                Conflict c = w.wars().conflict(set.ref(i));
                int ci = c.index();
                boolean party = c.attacker() == a || w.wars().principalDefender(c) == a;
                check(ci < phase.length && fighting[ci], () -> what.get() + " while the fighting was not going on");
                check(party || (sideBefore(ci) & (1L << a)) == 0, () -> what.get() + " for a war it fights in");
                check(!openProposalBefore(a, ci), () -> what.get() + " with its own proposal on the table");
                check(set.variant(i) >= 0 && set.variant(i) < Packages.count(s), () -> what.get() + ": no such package");
                if (set.variant(i) == Packages.OWN_PEACEKEEPERS) {
                    check(!party, () -> what.get() + ": a party's own peacekeepers");
                    check(canKeepPeace(a), () -> what.get() + " without peacekeepers to send");
                }
            }
            case STATEMENT_SUPPORT, STATEMENT_CONDEMN -> {
                Conflict c = w.wars().conflict(set.ref(i));
                check(c.index() < phase.length && fighting[c.index()], () -> what.get() + " while the fighting was not going on");
                check(c.attacker() != a && (sideBefore(c.index()) & (1L << a)) == 0 && w.wars().principalDefender(c) != a, () -> what.get() + " as a party");
                check(set.target(i) == (kind == ActionKind.STATEMENT_SUPPORT ? w.wars().principalDefender(c) : c.attacker()), () -> what.get() + " about the wrong side");
            }
            case ARM, REALIGN -> check(set.target(i) != a, () -> what.get() + " toward itself");
            case BACK -> {
                int g = set.target(i);
                check(g != a && !fallen[g], () -> what.get() + ": itself or a fallen government");
                check(!backedBy[a][g], () -> what.get() + " again");
            }
            default -> check(false, what);
        }
    }

    // --- the chronicle ---------------------------------------------------------------------

    private void checkChronicle() {
        for (int actor = 0; actor < actors; actor++) {
            final int a = actor;
            List<ChoiceSet> decisions = sim.decisions(a);
            for (ChoiceSet set : decisions) {
                if (set.chosen() < 0) {
                    continue;
                }
                int i = set.chosen();
                ActionKind kind = set.actionKind(i);
                Supplier<String> did = () -> s.actorId(a) + " chose " + set.action(i).key(s) + " in " + set.key(s);
                switch (kind) {
                    case ATTACK -> {
                        // attacking withdraws every acceptance that stood; terms it proposed itself later the same day it stands by
                        Conflict c = w.wars().conflict(set.ref(i));
                        for (int pIndex = 0; pIndex < proposals; pIndex++) {
                            Proposal p = w.talks().proposal(pIndex);
                            check(!(p.conflict() == c.index() && p.open() && p.acceptedBy(a)), () -> did.get() + " but its acceptance of P" + p.index() + " still stands");
                        }
                    }
                    case HONOUR, DEFEND, RESERVE -> {
                        int v = w.appeals().request(set.ref(i)).requester();
                        check(!fallen[v], () -> did.get() + ": forces for a government that had fallen");
                    }
                    case VOTE_YES -> {
                        Motion m = w.appeals().motion(set.ref(i));
                        int v = w.appeals().request(m.request()).requester();
                        check(!m.kind().sendsForces() || !fallen[v], () -> did.get() + ": a yes to " + m.kind().label() + " for a government that had fallen");
                    }
                    case SUSPEND -> check(!appealOpenBefore(a, set.treaty(i)), () -> did.get() + " while its own appeal to " + s.treatyId(set.treaty(i)) + " was open");
                    case ACCEPT -> {
                        Proposal p = w.talks().proposal(set.ref(i));
                        Conflict c = w.wars().conflict(p.conflict());
                        check(p.acceptedBy(a) || p.status() != Proposal.Status.OPEN, () -> did.get() + " but has not accepted it");
                        if (c.attacker() == a && c.phase() == Conflict.Phase.ACTIVE) {
                            check(c.intensity() <= 0, () -> did.get() + " but attacks at " + c.intensity());
                        }
                    }
                    default -> {
                    }
                }
            }
        }
        for (Conflict c : w.wars().conflicts()) {
            for (Proposal p : w.talks().proposals()) {
                // An attacker that proposes terms after the day's fighting stands by them from then on.
                boolean offeredTonight = p.proposer() == c.attacker() && p.day() == day;
                if (p.conflict() == c.index() && p.open() && p.acceptedBy(c.attacker()) && !offeredTonight) {
                    check(c.intensity() < s.k(ModelConstant.ATTACK_HIGH),
                            () -> s.actorId(c.attacker()) + " attacks C" + c.index() + " at full intensity with its acceptance of P" + p.index() + " standing");
                }
            }
            int principal = w.wars().principalDefender(c);
            boolean anothers = c.regionCount() == 0;
            for (int k = 0; k < c.regionCount(); k++) {
                anothers |= s.deJure(c.region(k)) != c.attacker();
            }
            check(!anothers || principal != c.attacker(), () -> "the attacker " + s.actorId(c.attacker()) + " is the principal defender of C" + c.index()
                    + ", a conflict over another's land");
            for (Presence p : w.military().presences()) {
                if (p.kind() == DeploymentKind.PEACEKEEPERS && p.actor() >= 0 && p.region() >= 0 && c.targets(p.region())) {
                    check((c.interveners() & (1L << p.actor())) == 0, () -> s.actorId(p.actor()) + " fights in C" + c.index()
                            + " with its peacekeepers still standing in " + s.regionId(p.region()));
                }
            }
        }
        for (int i = 0; i < w.military().presenceCount(); i++) {
            Presence p = w.military().presence(i);
            boolean changed = i >= presences.length || !p.equals(presences[i]);
            if (changed && p.kind() != DeploymentKind.OBSERVERS && p.host() >= 0) {
                check(!fallen[p.host()], () -> "forces of " + (p.actor() >= 0 ? s.actorId(p.actor()) : s.treatyId(p.treaty())) + " sent to "
                        + s.actorId(p.host()) + ", whose government had fallen");
            }
        }
        for (int a = 0; a < actors; a++) {
            final int g = a;
            check(!fallen[a] || w.aid().guarded(a) == guarded[a], () -> "a guard deployed for " + s.actorId(g) + ", whose government had fallen");
        }
        for (int i = requests; i < w.appeals().requestCount(); i++) {
            Request q = w.appeals().request(i);
            if (q.conflict() >= 0) {
                check(q.conflict() < phase.length && live(q.conflict(), q.requester()), () -> s.actorId(q.requester()) + " appealed about C" + q.conflict()
                        + ", " + (q.conflict() < phase.length ? phase[q.conflict()] : "new") + " without occupied ground of its own");
            }
        }
        for (int i = proposals; i < w.talks().proposalCount(); i++) {
            Proposal p = w.talks().proposal(i);
            for (SettlementDef.Clause clause : p.terms().clauses()) {
                if (clause.kind() == SettlementDef.Kind.PEACEKEEPERS && clause.party() == p.proposer()) {
                    check(canKeepPeace(p.proposer()), () -> s.actorId(p.proposer()) + " proposed its own peacekeepers without "
                            + s.peacekeepingForce(p.proposer()) + " troops to send (it had " + availableTroops[p.proposer()] + ")");
                }
            }
        }
    }

    // --- the world as the tick found it ------------------------------------------------------

    private static boolean fits(Ask ask, ActionKind k) {
        return switch (ask) {
            case MILITARY_AID -> k == ActionKind.HONOUR || k == ActionKind.DEFEND || k == ActionKind.CONSULT || k == ActionKind.DECLINE;
            case DEFENSIVE_DEPLOYMENT -> k == ActionKind.DEFEND || k == ActionKind.CONSULT || k == ActionKind.DECLINE;
            case PEACEKEEPERS -> k == ActionKind.HONOUR || k == ActionKind.RESERVE || k == ActionKind.CONSULT || k == ActionKind.DECLINE;
            case RESCUE -> k == ActionKind.RESCUE || k == ActionKind.CONSULT || k == ActionKind.DECLINE;
            case CONSULTATIONS -> k == ActionKind.CONSULT || k == ActionKind.DECLINE;
        };
    }

    /** Whether a conflict could be appealed about: not under a ceasefire, and not died down unless the attacker holds the appellant's ground. */
    private boolean live(int conflict, int appellant) {
        return phase[conflict] == Conflict.Phase.ACTIVE || phase[conflict] == Conflict.Phase.DORMANT && (occupied[conflict] & (1L << appellant)) != 0;
    }

    private long sideBefore(int conflict) {
        return conflict < defenders.length ? defenders[conflict] | interveners[conflict] : 0;
    }

    /** Whether an actor had standing to join a conflict's defence: protection, kin, forces where it lands, a bilateral military treaty. */
    private boolean hasStanding(int a, Conflict c) {
        long side = c.defenders() | (c.index() < defenders.length ? defenders[c.index()] : 0) | 1L << w.wars().principalDefender(c);
        for (int d = 0; d < actors; d++) {
            if ((side & (1L << d)) == 0 || d == a) {
                continue;
            }
            if (w.treaties().protects(a, d)) {
                return true;
            }
            for (int t = 0; t < s.treatyCount(); t++) {
                if (s.rule(t) == DecisionRule.UNILATERAL && activeBefore(t, a) && activeBefore(t, d) && s.military(t)) {
                    return true;
                }
            }
        }
        for (int k = 0; k < c.regionCount(); k++) {
            if (s.kin(c.region(k)) == a) {
                return true;
            }
        }
        for (Presence p : presences) {
            if (p.actor() == a && p.troops() > 0 && p.kind() != DeploymentKind.OBSERVERS
                    && (p.region() >= 0 && c.targets(p.region()) || c.regionCount() == 0 && p.host() == c.target())) {
                return true;
            }
        }
        return false;
    }

    private boolean canKeepPeace(int a) {
        long force = s.peacekeepingForce(a);
        return force > 0 && availableTroops[a] >= force;
    }

    private boolean activeBefore(int treaty, int a) {
        return s.member(treaty, a) && !suspended[treaty][a];
    }

    private boolean appealOpenBefore(int a, int treaty) {
        for (int i = 0; i < requests; i++) {
            Request q = w.appeals().request(i);
            if (q.requester() == a && q.treaty() == treaty && requestStatus[i] == Request.Status.OPEN) {
                return true;
            }
        }
        return false;
    }

    private boolean sameAppealOpenBefore(int a, int treaty, int addressee, int article, Ask ask) {
        for (int i = 0; i < requests; i++) {
            Request q = w.appeals().request(i);
            if (q.requester() == a && q.treaty() == treaty && q.article() == article && q.ask() == ask
                    && (treaty >= 0 || q.addressee() == addressee) && requestStatus[i] == Request.Status.OPEN) {
                return true;
            }
        }
        return false;
    }

    private boolean openProposalBefore(int a, int conflict) {
        for (int i = 0; i < proposals; i++) {
            Proposal p = w.talks().proposal(i);
            if (p.proposer() == a && p.conflict() == conflict && proposalStatus[i] == Proposal.Status.OPEN) {
                return true;
            }
        }
        return false;
    }

    private boolean sharesTreaty(int a, int b) {
        for (int t = 0; t < s.treatyCount(); t++) {
            if (s.member(t, a) && s.member(t, b)) {
                return true;
            }
        }
        return false;
    }

    private static boolean within01(double v) {
        return v >= 0 && v <= 1;
    }

    private void check(boolean ok, Supplier<String> problem) {
        if (!ok) {
            throw new AssertionError(name + ", day " + day + ": " + problem.get());
        }
    }
}
