package casus.engine.action;

import casus.engine.model.Ask;
import casus.engine.model.DecisionRule;
import casus.engine.model.Obligation;
import casus.engine.model.Setting;
import casus.engine.world.Conflict;
import casus.engine.world.Motion;
import casus.engine.world.Proposal;
import casus.engine.world.Request;
import casus.engine.world.World;
import java.util.Arrays;

/**
 * Why an option named by its key ({@link Action#key}) is not among an actor's options today, in
 * plain words, by the same rules that build the options: an appeal to a treaty the actor is not a
 * member of, one made already and not yet answered, a vote when none is open, a ceasefire
 * proposal that cannot be accepted. Says nothing (null) of an option that is legal, or whose
 * refusal it cannot put in words.
 */
public final class Refusals {
    private Refusals() {
    }

    /** Why actor {@code a} may not choose {@code optionKey} today, or null. */
    public static String why(World w, int a, String optionKey) {
        if (w.regimes().fallen(a)) {
            return w.setting().actorId(a) + "'s government has fallen; it decides nothing more";
        }
        int colon = optionKey.indexOf(':');
        if (colon < 0) {
            return null;
        }
        String rest = optionKey.substring(colon + 1);
        boolean one = rest.indexOf(':') < 0;
        try {
            return switch (optionKey.substring(0, colon)) {
                case "request" -> one ? null : appeal(w, a, rest.split(":"));
                case "suspend" -> one ? suspension(w, a, rest) : null;
                case "vote-yes", "vote-no", "vote-abstain" -> one ? vote(w, a, rest) : null;
                case "accept", "reject" -> one ? proposal(w, a, rest) : null;
                default -> null;
            };
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** An appeal's key after {@code request:}: the treaty (or the state asked), the article if any, and the ask. */
    private static String appeal(World w, int a, String[] p) {
        Setting s = w.setting();
        String me = s.actorId(a);
        Ask ask = ask(p[p.length - 1]);
        String articleId = String.join(":", Arrays.copyOfRange(p, 1, p.length - 1));
        boolean named = !articleId.isEmpty();
        int t = s.treaty(p[0]);
        if (t < 0) {
            return s.actor(p[0]) >= 0 || named ? null : "there is no treaty or state '" + p[0] + "' to appeal to";
        }
        if (!s.member(t, a)) {
            return me + " is not a member of " + s.treatyId(t);
        }
        if (w.treaties().suspended(t, a)) {
            return me + " has suspended its participation in " + s.treatyId(t);
        }
        int k = named ? article(s, t, articleId) : -1;
        if (named && k < 0) {
            return s.treatyId(t) + " has no article " + articleId;
        }
        int ref = AppealOptions.crisis(w, a);
        if (ref == -1) {
            return me + " faces no crisis to appeal about: no war over ground it values, no crisis at home";
        }
        if (ask == null || k < 0) {
            return null;
        }
        int about = ref == AppealOptions.HOME ? -1 : ref;
        Obligation o = s.articles(t).get(k).obligation();
        boolean unilateral = s.rule(t) == DecisionRule.UNILATERAL;
        if (!AppealOptions.fits(w, a, about, o, ask, unilateral)) {
            return s.treatyId(t) + " " + articleId + " is not for " + ask.label() + (about >= 0 ? " in a war" : " in a crisis at home");
        }
        int addressee = unilateral ? AppealOptions.otherParty(s, t, a) : -1;
        Request last = w.appeals().lastAppeal(a, t, addressee, k, ask);
        if (last != null && last.open()) {
            return me + " made that appeal already on day " + last.day() + ", and it awaits its answer";
        }
        if (last != null && !AppealOptions.allowed(w, a, t, addressee, k, ask, about)) {
            return me + " made that appeal already on day " + last.day() + (last.answeredDay() >= 0 ? ", answered on day "
                    + last.answeredDay() : "") + "; it may appeal again only when the crisis has grown";
        }
        return null;
    }

    private static String suspension(World w, int a, String treaty) {
        Setting s = w.setting();
        int t = s.treaty(treaty);
        if (t < 0) {
            return "there is no treaty '" + treaty + "'";
        }
        if (!s.member(t, a)) {
            return s.actorId(a) + " is not a member of " + s.treatyId(t);
        }
        if (w.treaties().suspended(t, a)) {
            return s.actorId(a) + " has suspended its participation in " + s.treatyId(t) + " already";
        }
        if (w.appeals().appealOpen(a, t)) {
            return s.actorId(a) + " has an appeal to " + s.treatyId(t) + " waiting for its answer";
        }
        return null;
    }

    private static String vote(World w, int a, String ref) {
        if (!ref.startsWith("M")) {
            return null;
        }
        int i = Integer.parseInt(ref.substring(1));
        Setting s = w.setting();
        String me = s.actorId(a);
        if (i < 0 || i >= w.appeals().motionCount()) {
            return "no vote " + ref + " is open";
        }
        Motion m = w.appeals().motion(i);
        if (!m.open()) {
            return "the vote " + ref + " is over";
        }
        if (!s.member(m.treaty(), a)) {
            return me + " is not a member of " + s.treatyId(m.treaty()) + ", whose council votes on " + ref;
        }
        if (!w.treaties().activeMember(m.treaty(), a)) {
            return me + " has suspended its participation in " + s.treatyId(m.treaty()) + ", whose council votes on " + ref;
        }
        if (w.appeals().request(m.request()).requester() == a) {
            return me + " made the appeal " + ref + " is about, and has no vote on it";
        }
        if (m.vote(a) != Motion.Vote.NONE) {
            return me + " has voted on " + ref + " already";
        }
        if (m.tabledDay() >= w.day()) {
            return "the vote " + ref + " opens the day after it was tabled";
        }
        return null;
    }

    private static String proposal(World w, int a, String ref) {
        if (!ref.startsWith("P")) {
            return null;
        }
        int i = Integer.parseInt(ref.substring(1));
        String me = w.setting().actorId(a);
        if (i < 0 || i >= w.talks().proposalCount()) {
            return "no ceasefire proposal " + ref + " has been made";
        }
        Proposal p = w.talks().proposal(i);
        if (!p.open()) {
            return "the ceasefire proposal " + ref + " is no longer open";
        }
        Conflict c = w.wars().conflict(p.conflict());
        if (c.attacker() != a && w.wars().principalDefender(c) != a) {
            return me + " is not a party to the war " + ref + " would end (C" + c.index() + ")";
        }
        if (c.phase() == Conflict.Phase.CEASEFIRE) {
            return "a ceasefire is in force in C" + c.index() + " already";
        }
        if (p.proposer() == a) {
            return me + " made the proposal " + ref + " itself";
        }
        if (p.acceptedBy(a)) {
            return me + " has accepted " + ref + " already";
        }
        if (p.day() >= w.day()) {
            return ref + " was made today; it may be answered from tomorrow";
        }
        return null;
    }

    private static Ask ask(String key) {
        for (Ask ask : Ask.all()) {
            if (ask.key().equals(key)) {
                return ask;
            }
        }
        return null;
    }

    private static int article(Setting s, int t, String id) {
        for (int k = 0; k < s.articles(t).size(); k++) {
            if (s.articles(t).get(k).id().equals(id)) {
                return k;
            }
        }
        return -1;
    }
}
