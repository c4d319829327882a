package casus.server.game;

import casus.engine.event.Narrative;
import casus.engine.model.Article;
import casus.engine.model.DecisionRule;
import casus.engine.model.Setting;
import casus.engine.model.Term;
import casus.engine.world.Conflict;
import casus.engine.world.Motion;
import casus.engine.world.Presence;
import casus.engine.world.Proposal;
import casus.engine.world.Request;
import casus.engine.world.World;
import casus.v1.Commitment;
import casus.v1.Weight;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a player taking over a state needs to know of where the agent stood: what the state is
 * bound by and engaged in, and how the agent weighs each utility term in this run.
 */
final class Briefings {
    private Briefings() {
    }

    static List<Commitment> commitments(World w, int a) {
        Setting s = w.setting();
        List<Commitment> out = new ArrayList<>();
        for (int t = 0; t < s.treatyCount(); t++) {
            if (s.member(t, a)) {
                List<String> articles = new ArrayList<>();
                for (Article art : s.articles(t)) {
                    articles.add(art.id() + " " + art.obligation().name().toLowerCase(Locale.ROOT).replace('_', ' '));
                }
                out.add(commitment("treaty", "member of " + s.treatyId(t) + " (" + s.treatyName(t) + "): " + String.join(", ", articles)
                        + (s.rule(t) == DecisionRule.CONSENSUS ? "; decides by consensus" : "; each party decides for itself")
                        + (w.treaties().suspended(t, a) ? "; participation suspended" : "")));
            }
        }
        for (int c = 0; c < w.wars().conflictCount(); c++) {
            Conflict k = w.wars().conflict(c);
            String where = Narrative.regions(w, k);
            if (k.attacker() == a) {
                out.add(commitment("war", "wages the offensive on " + where + " (" + phase(k) + ", intensity " + fmt(k.intensity()) + ")"));
            } else if (k.defends(a)) {
                out.add(commitment("war", "defends " + where + " against " + s.actorId(k.attacker()) + " (" + phase(k) + ")"));
            } else if (k.sideOfDefence(a)) {
                out.add(commitment("war", "fights for the defence of " + where + " against " + s.actorId(k.attacker()) + " (" + phase(k) + ")"));
            }
        }
        for (int q = 0; q < w.appeals().requestCount(); q++) {
            Request r = w.appeals().request(q);
            String appeal = "for " + r.ask().label() + (r.treaty() < 0 ? " to " + s.actorId(r.addressee())
                    : " under " + s.treatyId(r.treaty()) + (r.article() >= 0 ? " " + s.articles(r.treaty()).get(r.article()).id() : ""));
            if (r.requester() == a) {
                out.add(commitment("appeal", "appealed " + appeal + " on day " + r.day() + ": " + r.status().name().toLowerCase(Locale.ROOT)));
            } else if (r.open() && r.addressee() == a) {
                out.add(commitment("appeal-to", s.actorId(r.requester()) + "'s appeal " + appeal + " of day " + r.day() + " awaits an answer"));
            }
        }
        for (int m = 0; m < w.appeals().motionCount(); m++) {
            Motion x = w.appeals().motion(m);
            if (x.open() && w.treaties().activeMember(x.treaty(), a) && w.appeals().request(x.request()).requester() != a) {
                out.add(commitment("vote", s.treatyId(x.treaty()) + " council: " + x.kind().label() + " for "
                        + s.actorId(w.appeals().request(x.request()).requester()) + ", tabled on day " + x.tabledDay()
                        + (x.vote(a) == Motion.Vote.NONE ? ", awaits its vote" : ", it voted " + x.vote(a).name().toLowerCase(Locale.ROOT))));
            }
        }
        for (int p = 0; p < w.military().presenceCount(); p++) {
            Presence x = w.military().presence(p);
            if (x.actor() == a) {
                String where = x.region() >= 0 ? s.regionName(x.region()) : "guarding the government of " + s.actorId(x.host());
                out.add(commitment("forces", String.format(Locale.ROOT, "%,d troops (%s) in %s since day %d", x.troops(),
                        x.kind().name().toLowerCase(Locale.ROOT), where, x.sinceDay())));
            }
        }
        for (int b = 0; b < s.actorCount(); b++) {
            if (w.aid().supports(a, b)) {
                out.add(commitment("arms", "sends weapons to " + s.actorId(b)));
            }
            if (w.minds().realigned(a, b)) {
                out.add(commitment("realignment", "has turned toward " + s.actorName(b)));
            }
        }
        for (int p = 0; p < w.talks().proposalCount(); p++) {
            Proposal x = w.talks().proposal(p);
            if (x.status() == Proposal.Status.OPEN && (x.proposer() == a || x.acceptedBy(a))) {
                out.add(commitment("ceasefire", (x.proposer() == a ? "its ceasefire proposal" : "accepted " + s.actorId(x.proposer())
                        + "'s ceasefire proposal") + " for " + Narrative.regions(w, w.wars().conflict(x.conflict())) + " stands"));
            } else if (x.status() == Proposal.Status.IN_FORCE && (x.proposer() == a || x.acceptedBy(a))) {
                out.add(commitment("ceasefire", "bound by the ceasefire in " + Narrative.regions(w, w.wars().conflict(x.conflict()))
                        + ", brokered by " + s.actorId(x.proposer())));
            }
        }
        return out;
    }

    static List<Weight> weights(World w, int a) {
        List<Weight> out = new ArrayList<>();
        for (Term t : Term.values()) {
            out.add(Weight.newBuilder().setTerm(t.key()).setLabel(t.label()).setWeight(w.minds().weight(a, t.ordinal())).build());
        }
        return out;
    }

    private static Commitment commitment(String kind, String text) {
        return Commitment.newBuilder().setKind(kind).setText(text).build();
    }

    private static String phase(Conflict k) {
        return k.phase().name().toLowerCase(Locale.ROOT);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
