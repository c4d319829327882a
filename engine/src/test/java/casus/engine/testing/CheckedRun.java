package casus.engine.testing;

import casus.engine.action.ActionKind;
import casus.engine.action.ChoiceKind;
import casus.engine.action.ChoiceSet;
import casus.engine.model.DecisionRule;
import casus.engine.model.DeploymentKind;
import casus.engine.model.Setting;
import casus.engine.run.Commands;
import casus.engine.event.Origin;
import casus.engine.run.Recorder;
import casus.engine.run.Simulation;
import casus.engine.world.Conflict;
import casus.engine.world.Motion;
import casus.engine.world.Presence;
import casus.engine.world.Proposal;
import casus.engine.world.Request;
import casus.engine.world.World;
import java.util.List;
import java.util.function.Supplier;

/**
 * A run ticked by hand that checks, after every tick, the invariants the engine promises: control
 * shares of every region sum to one, casualties never fall, beliefs, stability and unrest stay
 * within [0, 1], every option an actor was offered was legal in the world as the tick found it (so
 * every chosen option is legal too), suspension and a regime's fall are for good, a suspended
 * member never votes, and a ceasefire in force has exactly one agreement and its broker.
 * A broken invariant throws an {@link AssertionError} naming the run, the day and what broke.
 */
public final class CheckedRun {
    /** How far a region's control shares may stray from summing to one. */
    public static final double SHARE_TOLERANCE = 1e-9;

    private final Simulation sim;
    private final World w;
    private final Setting s;
    private final Commands commands;
    private final String name;

    // the world as the tick found it
    private int day;
    private boolean[][] suspended;
    private boolean[] fallen;
    private double[] casualties;
    private Motion.Vote[][] votes;
    private Request.Status[] requestStatus;
    private Proposal.Status[] proposalStatus;
    private long[] interveners;
    private int presences;
    private int requests;
    private int ticks;

    public CheckedRun(Setting setting, long seed, Commands commands) {
        this.sim = new Simulation(setting, seed, Recorder.NONE);
        this.w = sim.world();
        this.s = sim.setting();
        this.commands = commands;
        this.name = setting.id() + " seed " + seed;
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
        suspended = new boolean[s.treatyCount()][s.actorCount()];
        for (int t = 0; t < s.treatyCount(); t++) {
            for (int a = 0; a < s.actorCount(); a++) {
                suspended[t][a] = w.suspended(t, a);
            }
        }
        fallen = new boolean[s.actorCount()];
        casualties = new double[s.actorCount()];
        for (int a = 0; a < s.actorCount(); a++) {
            fallen[a] = w.regimeFallen(a);
            casualties[a] = w.casualties(a);
        }
        votes = new Motion.Vote[w.motions().size()][s.actorCount()];
        for (Motion m : w.motions()) {
            for (int a = 0; a < s.actorCount(); a++) {
                votes[m.index()][a] = m.vote(a);
            }
        }
        requestStatus = w.requests().stream().map(Request::status).toArray(Request.Status[]::new);
        proposalStatus = w.proposals().stream().map(Proposal::status).toArray(Proposal.Status[]::new);
        interveners = w.conflicts().stream().mapToLong(Conflict::interveners).toArray();
        presences = w.presences().size();
        requests = w.requests().size();
    }

    private void after() {
        for (int r = 0; r < s.regionCount(); r++) {
            double sum = 0;
            for (int a = 0; a < s.actorCount(); a++) {
                final int region = r;
                final int actor = a;
                check(w.control(r, a) >= -1e-12, () -> "control of " + s.regionId(region) + " by " + s.actorId(actor) + " is negative: " + w.control(region, actor));
                sum += w.control(r, a);
            }
            final double total = sum;
            final int region = r;
            check(Math.abs(sum - 1) <= SHARE_TOLERANCE, () -> "control shares of " + s.regionId(region) + " sum to " + total);
        }
        for (int a = 0; a < s.actorCount(); a++) {
            final int actor = a;
            check(w.casualties(a) >= casualties[a], () -> "casualties of " + s.actorId(actor) + " fell from " + casualties[actor] + " to " + w.casualties(actor));
            check(within01(w.stability(a)), () -> "stability of " + s.actorId(actor) + " is " + w.stability(actor));
            check(within01(w.unrest(a)), () -> "unrest of " + s.actorId(actor) + " is " + w.unrest(actor));
            check(!fallen[a] || w.regimeFallen(a), () -> "the fallen regime of " + s.actorId(actor) + " rose again");
            for (int subject = 0; subject < s.subjectCount(); subject++) {
                final int of = subject;
                check(within01(w.belief(a, subject)), () -> "belief of " + s.actorId(actor) + " in " + s.subjectId(of) + " is " + w.belief(actor, of));
            }
            for (int t = 0; t < s.treatyCount(); t++) {
                final int treaty = t;
                check(!suspended[t][a] || w.suspended(t, a), () -> s.actorId(actor) + " took up its suspended part in " + s.treatyId(treaty) + " again");
            }
            checkDecisions(a);
        }
        for (Motion m : w.motions()) {
            int requester = w.request(m.request()).requester();
            check(m.vote(requester) == Motion.Vote.NONE, () -> s.actorId(requester) + " voted on its own appeal");
            for (int a = 0; a < s.actorCount(); a++) {
                Motion.Vote before = m.index() < votes.length ? votes[m.index()][a] : Motion.Vote.NONE;
                if (suspended[m.treaty()][a]) {
                    final int actor = a;
                    check(m.vote(a) == before, () -> "suspended member " + s.actorId(actor) + " voted on motion M" + m.index());
                }
            }
        }
        for (int i = requests; i < w.requests().size(); i++) {
            Request q = w.request(i);
            check(s.member(q.treaty(), q.requester()) && !suspended[q.treaty()][q.requester()],
                    () -> s.actorId(q.requester()) + " appealed under " + s.treatyId(q.treaty()) + " without taking part in it");
        }
        for (Conflict c : w.conflicts()) {
            long inForce = w.proposals().stream()
                    .filter(p -> p.conflict() == c.index() && p.status() == Proposal.Status.IN_FORCE).count();
            if (c.phase() == Conflict.Phase.CEASEFIRE) {
                check(inForce == 1, () -> "a ceasefire in C" + c.index() + " with " + inForce + " agreements in force");
                Proposal agreement = w.proposals().stream()
                        .filter(p -> p.conflict() == c.index() && p.status() == Proposal.Status.IN_FORCE).findFirst().orElseThrow();
                check(c.broker() == agreement.proposer(), () -> "the broker of C" + c.index() + " is not the proposer of its agreement");
            } else {
                check(inForce == 0, () -> "C" + c.index() + " is " + c.phase() + " with an agreement in force");
            }
            check(c.severity() >= 0 && c.severity() <= 1, () -> "severity of C" + c.index() + " is " + c.severity());
        }
    }

    /** Every option of every decision an actor faced was legal in the world as the tick found it. */
    private void checkDecisions(int a) {
        List<ChoiceSet> decisions = sim.decisions(a);
        String who = s.actorId(a);
        check(!fallen[a] || decisions.isEmpty(), () -> who + " decided something after its regime fell");
        for (int k = 0; k < decisions.size(); k++) {
            ChoiceSet set = decisions.get(k);
            Origin origin = sim.origin(a, k);
            check(set.actor() == a, () -> "a decision of " + s.actorId(set.actor()) + " among " + who + "'s");
            check(set.size() > 0, () -> who + " faced an empty " + set.kind() + " decision");
            check(set.chosen() >= 0 && set.chosen() < set.size() || set.chosen() == -1 && origin == Origin.HELD,
                    () -> who + " chose option " + set.chosen() + " of " + set.size() + " (" + origin + ")");
            for (int i = 0; i < set.size(); i++) {
                checkOption(a, set, i);
            }
        }
    }

    private void checkOption(int a, ChoiceSet set, int i) {
        ActionKind kind = set.actionKind(i);
        String what = s.actorId(a) + " was offered " + kind + " in a " + set.kind() + " decision";
        switch (set.kind()) {
            case APPEAL -> {
                int t = set.subject();
                check(activeBefore(t, a), () -> what + " under " + s.treatyId(t) + " without taking part in it");
                check(kind == ActionKind.PASS || kind == ActionKind.REQUEST || kind == ActionKind.SUSPEND, () -> what);
                check(kind == ActionKind.PASS || set.treaty(i) == t, () -> what + " about another treaty");
                if (kind == ActionKind.REQUEST) {
                    check(!appealedBefore(a, t, set.article(i)), () -> what + " under an article it had already appealed under");
                }
                if (kind == ActionKind.SUSPEND) {
                    check(s.rule(t) == DecisionRule.CONSENSUS && w.leader(t) != a, () -> what + " of " + s.treatyId(t));
                }
            }
            case RESPONSE -> {
                Request q = w.request(set.subject());
                check(q.index() < requestStatus.length && requestStatus[q.index()] == Request.Status.OPEN && q.day() < day,
                        () -> what + " to an appeal not open since an earlier day");
                check(s.rule(q.treaty()) == DecisionRule.UNILATERAL && s.member(q.treaty(), a) && q.requester() != a,
                        () -> what + " to an appeal it is not party to");
                check(kind == ActionKind.CONSULT || kind == ActionKind.DECLINE || kind == ActionKind.HONOUR && q.obligation().military(),
                        () -> what);
                check(set.target(i) == q.requester(), () -> what + " aimed at someone other than the one who asked");
            }
            case VOTE -> {
                Motion m = w.motion(set.subject());
                check(activeBefore(m.treaty(), a), () -> what + " in a council it does not take part in");
                check(w.request(m.request()).requester() != a, () -> what + " on its own appeal");
                check(m.tabledDay() < day && votes.length > m.index() && votes[m.index()][a] == Motion.Vote.NONE,
                        () -> what + " on a motion not open to its vote");
                check(kind == ActionKind.VOTE_YES || kind == ActionKind.VOTE_NO || kind == ActionKind.VOTE_ABSTAIN, () -> what);
            }
            case POSTURE -> {
                Conflict c = w.conflict(set.subject());
                if (kind == ActionKind.ATTACK) {
                    check(c.attacker() == a, () -> what + " in a war it is not waging");
                    check(c.startDay() < day, () -> what + " on the day its offensive began");
                } else if (kind == ActionKind.INTERVENE) {
                    check(c.attacker() != a && !c.defends(a) && (intervenersBefore(c) & (1L << a)) == 0,
                            () -> what + " in a war it is already a party to");
                    check(keptPeaceBefore(a, c), () -> what + " without peacekeepers there");
                } else {
                    check(kind == ActionKind.HOLD, () -> what);
                }
            }
            case DIPLOMACY -> {
                if (kind == ActionKind.MEDIATE || kind == ActionKind.MEDIATE_WITH_PEACEKEEPERS) {
                    Conflict c = w.conflict(set.ref(i));
                    check(c.attacker() != a && !c.defends(a) && (intervenersBefore(c) & (1L << a)) == 0,
                            () -> what + " in a war it is a party to");
                }
                if (kind == ActionKind.ARM || kind == ActionKind.STATEMENT_SUPPORT || kind == ActionKind.STATEMENT_CONDEMN
                        || kind == ActionKind.REALIGN) {
                    check(set.target(i) != a, () -> what + " toward itself");
                }
                check(kind != ActionKind.ATTACK && kind != ActionKind.REQUEST && !kind.name().startsWith("VOTE"), () -> what);
            }
            case CEASEFIRE -> {
                Proposal p = w.proposal(set.subject());
                Conflict c = w.conflict(p.conflict());
                check(c.attacker() == a || w.principalDefender(c) == a, () -> what + " for a war it is not a party to");
                check(p.index() < proposalStatus.length && proposalStatus[p.index()] == Proposal.Status.OPEN && p.day() < day,
                        () -> what + " to a proposal not open since an earlier day");
                check(kind == ActionKind.ACCEPT || kind == ActionKind.REJECT, () -> what);
            }
        }
        if (set.kind() != ChoiceKind.POSTURE) {
            check(kind != ActionKind.ATTACK && kind != ActionKind.INTERVENE && kind != ActionKind.HOLD, () -> what);
        }
    }

    /** Who fought on the defenders' side as the tick began; nobody in a war its events began. */
    private long intervenersBefore(Conflict c) {
        return c.index() < interveners.length ? interveners[c.index()] : 0;
    }

    private boolean activeBefore(int treaty, int a) {
        return s.member(treaty, a) && !suspended[treaty][a];
    }

    private boolean appealedBefore(int a, int treaty, int article) {
        for (int i = 0; i < requests; i++) {
            Request q = w.request(i);
            if (q.requester() == a && q.treaty() == treaty && q.article() == article) {
                return true;
            }
        }
        return false;
    }

    private boolean keptPeaceBefore(int a, Conflict c) {
        for (int i = 0; i < presences; i++) {
            Presence p = w.presences().get(i);
            if (p.actor() == a && p.kind() == DeploymentKind.PEACEKEEPERS && p.region() >= 0 && c.targets(p.region())) {
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
