package casus.client.render;

import casus.client.view.SessionView;
import casus.client.render.TextTable.Cell;
import casus.v1.ActionChoice;
import casus.v1.ActionList;
import casus.v1.Briefing;
import casus.v1.Commitment;
import casus.v1.Control;
import casus.v1.EventRecord;
import casus.v1.SessionInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The situation at a glance: the day, escalation, who holds which region, losses, treaties and
 * memberships, beliefs in allies, the forces and commitments of the state seen from, who plays
 * what, and today's events. Seen from the state the client plays, or the one named.
 */
public final class Dashboard {
    /** The width of the labels on the left. */
    static final int LABEL = 12;
    /** The most beliefs shown on one line's worth of table. */
    static final int BELIEFS = 6;

    private final Palette p;
    private final int width;

    public Dashboard(Palette p, int width) {
        this.p = p;
        this.width = width;
    }

    /** The lines of the dashboard; {@code perspective} is a state id or "". */
    public List<String> render(SessionView v, String perspective) {
        List<String> out = new ArrayList<>();
        SessionInfo s = v.session();
        Facts f = new Facts(v.indicators());
        Map<String, Double> before = v.firstSeen();
        String title = s.getScenarioTitle().isEmpty() ? s.getSettings().getScenario() : s.getScenarioTitle();
        out.add(p.bold(title) + p.dim("  (" + s.getSettings().getScenario() + ")"));
        StringBuilder line = new StringBuilder("session ").append(s.getJoinCode()).append(" · day ").append(v.day()).append(" of ")
                .append(v.days()).append(v.date().isEmpty() ? "" : " · " + v.date()).append(" · ").append(Format.phase(v.phase()))
                .append(" · ").append(Format.mode(s.getSettings()));
        out.add(line.toString());
        String you = v.controlled().isEmpty() ? "you: " + Format.role(v.role()) : "you play " + v.controlled() + " (" + v.stateName(v.controlled()) + ")";
        out.add(you + (perspective.isEmpty() || perspective.equals(v.controlled()) ? "" : " · seen from " + perspective));
        out.add("");
        section(out, "Escalation", escalation(f));
        section(out, "Territory", territory(f));
        section(out, "Losses", losses(f));
        section(out, "Treaties", treaties(f, v, before));
        section(out, "Beliefs", beliefs(f, before, perspective, v));
        section(out, "Forces", forces(f, perspective, v));
        if (!perspective.isEmpty() && perspective.equals(v.controlled())) {
            section(out, "Commitments", commitments(v));
            section(out, "Orders", orders(v));
        }
        section(out, "Players", players(v));
        section(out, "Today", today(v));
        return out;
    }

    private void section(List<String> out, String label, List<String> body) {
        if (body.isEmpty()) {
            return;
        }
        String pad = " ".repeat(LABEL);
        for (int i = 0; i < body.size(); i++) {
            String head = i == 0 ? p.bold(label) + " ".repeat(Math.max(1, LABEL - label.length())) : pad;
            out.add(head + body.get(i));
        }
    }

    private int inner() {
        return width <= 0 ? 0 : Math.max(20, width - LABEL);
    }

    private List<String> escalation(Facts f) {
        TextTable t = new TextTable();
        for (String c : f.conflicts()) {
            double phase = f.get("conflicts." + c + ".phase");
            String ph = Facts.phase(phase);
            t.row(Cell.of("conflict " + c), Cell.styled(ph, phase == 0 ? p::red : p::green), Cell.of("intensity " + Format.num(f.get("conflicts." + c + ".intensity"))),
                    Cell.of("severity " + Format.num(f.get("conflicts." + c + ".severity"))));
        }
        List<String> out = new ArrayList<>(t.lines(inner()));
        if (f.has("casualties")) {
            out.add("casualties " + Format.whole(f.get("casualties")) + " · ground changed hands " + Format.whole(f.get("territory_changed_km2")) + " km²");
        }
        List<String> unrest = new ArrayList<>();
        for (String a : f.actors()) {
            double u = f.get("actors." + a + ".unrest");
            if (u > 0.005) {
                unrest.add(a + " " + Format.num(u));
            }
            if (f.get("actors." + a + ".regime_fallen") == 1) {
                unrest.add(p.red(a + "'s government has fallen"));
            }
        }
        if (!unrest.isEmpty()) {
            out.add("unrest: " + String.join(" · ", unrest));
        }
        if (out.isEmpty()) {
            out.add(p.dim("no fighting"));
        }
        return out;
    }

    private List<String> territory(Facts f) {
        TextTable t = new TextTable();
        for (String r : f.regions()) {
            List<Cell> row = new ArrayList<>();
            row.add(Cell.of(r));
            StringBuilder held = new StringBuilder();
            for (Map.Entry<String, Double> e : f.holders(r).entrySet()) {
                held.append(held.length() == 0 ? "" : " · ").append(e.getKey()).append(' ').append(Format.percent(e.getValue()));
            }
            row.add(Cell.of(held.length() == 0 ? "nobody" : held.toString()));
            t.row(row);
        }
        return t.lines(inner());
    }

    private List<String> losses(Facts f) {
        List<String> parts = new ArrayList<>();
        for (String a : f.actors()) {
            double c = f.get("actors." + a + ".casualties");
            if (c >= 0.5) {
                parts.add(a + " " + Format.whole(c));
            }
        }
        return parts.isEmpty() ? List.of() : wrap(String.join(" · ", parts) + " killed");
    }

    private List<String> treaties(Facts f, SessionView v, Map<String, Double> before) {
        TextTable t = new TextTable();
        for (String id : f.treaties()) {
            String key = "treaties." + id + ".credibility";
            double now = f.get(key);
            Double then = before.get(key);
            String change = then == null || Math.abs(now - then) < 0.005 ? "" : " (" + Format.signed(now - then) + ")";
            t.row(Cell.of(id), Cell.styled("credibility " + Format.num(now) + change, s -> then == null ? s : p.trend(now - then, s)));
        }
        List<String> out = new ArrayList<>(t.lines(inner()));
        for (String s : v.suspensions()) {
            out.add(p.yellow("suspended: " + s));
        }
        return out;
    }

    private List<String> beliefs(Facts f, Map<String, Double> before, String perspective, SessionView v) {
        List<String[]> shown = new ArrayList<>();
        List<String> treaties = f.treaties();
        List<String> holders = new ArrayList<>();
        if (!perspective.isEmpty()) {
            holders.add(perspective);
        } else {
            for (Control c : v.controls().values()) {
                if (!c.getController().isEmpty()) {
                    holders.add(c.getState());
                }
            }
        }
        for (String h : holders) {
            Map<String, Double> theirs = f.beliefsOf(h);
            List<String> own = h.equals(v.controlled()) ? Briefs.treaties(v.briefing()) : List.of();
            for (String t : own.isEmpty() ? treaties : own) {
                if (theirs.containsKey(t) && shown.size() < BELIEFS) {
                    shown.add(new String[] {h, t});
                }
            }
        }
        List<Map.Entry<String, Double>> moved = new ArrayList<>();
        for (Map.Entry<String, Double> e : f.beliefs().entrySet()) {
            String[] hs = e.getKey().split(" in ");
            Double then = before.get("beliefs." + hs[0] + "." + hs[1]);
            boolean mine = perspective.isEmpty() || hs[0].equals(perspective);
            if (mine && then != null && Math.abs(e.getValue() - then) >= 0.005) {
                moved.add(Map.entry(e.getKey(), Math.abs(e.getValue() - then)));
            }
        }
        moved.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
        for (Map.Entry<String, Double> m : moved) {
            String[] hs = m.getKey().split(" in ");
            if (shown.size() < BELIEFS + 2 && shown.stream().noneMatch(x -> x[0].equals(hs[0]) && x[1].equals(hs[1]))) {
                shown.add(hs);
            }
        }
        TextTable t = new TextTable();
        for (String[] hs : shown) {
            String key = "beliefs." + hs[0] + "." + hs[1];
            double now = f.get(key);
            Double then = before.get(key);
            String change = then == null || Math.abs(now - then) < 0.005 ? "" : Format.signed(now - then);
            t.row(Cell.of(hs[0] + " in " + hs[1]), Cell.number(Format.num(now)), Cell.styled(change, s -> then == null ? s : p.trend(now - then, s)));
        }
        List<String> out = new ArrayList<>(t.lines(inner()));
        if (!out.isEmpty()) {
            out.add(p.dim("(the chance each will honour its commitments; changes since day " + Math.max(0, v.firstSeenDay()) + ")"));
        } else {
            out.add(p.dim("no belief has moved since day " + Math.max(0, v.firstSeenDay())));
        }
        return out;
    }

    private List<String> forces(Facts f, String perspective, SessionView v) {
        TextTable t = new TextTable();
        List<String> who = new ArrayList<>();
        if (!perspective.isEmpty()) {
            who.add(perspective);
        } else {
            who.addAll(f.actors());
        }
        if (who.size() > 1) {
            t.row(Cell.styled("", p::dim), Cell.styled("power", p::dim).right(), Cell.styled("elsewhere", p::dim).right(),
                    Cell.styled("stability", p::dim).right(), Cell.styled("unrest", p::dim).right(), Cell.styled("killed", p::dim).right());
        }
        for (String a : who) {
            String k = "actors." + a + ".";
            if (!f.has(k + "power")) {
                continue;
            }
            if (who.size() > 1) {
                t.row(Cell.of(a), Cell.number(Format.num(f.get(k + "power"))), Cell.number(Format.percent(f.get(k + "forces_committed_elsewhere"))),
                        Cell.number(Format.num(f.get(k + "stability"))), Cell.number(Format.num(f.get(k + "unrest"))),
                        Cell.number(Format.whole(f.get(k + "casualties"))));
            } else {
                t.row(Cell.of(a), Cell.of("power " + Format.num(f.get(k + "power")) + " · committed elsewhere "
                        + Format.percent(f.get(k + "forces_committed_elsewhere")) + " · stability " + Format.num(f.get(k + "stability"))
                        + " · unrest " + Format.num(f.get(k + "unrest"))));
            }
        }
        return t.lines(inner());
    }

    private List<String> commitments(SessionView v) {
        Briefing b = v.briefing();
        if (b == null) {
            return List.of();
        }
        TextTable t = new TextTable().wrapLast();
        for (Commitment c : b.getCommitmentsList()) {
            t.row(Cell.styled(c.getKind(), p::cyan), Cell.of(c.getText()));
        }
        List<String> out = new ArrayList<>(t.lines(inner()));
        if (out.isEmpty()) {
            out.add(p.dim("none"));
        }
        out.add(p.dim("(as briefed on day " + v.briefingDay() + "; 'log' tells what happened since)"));
        return out;
    }

    private List<String> orders(SessionView v) {
        ActionList a = v.actions();
        if (a == null || a.getDay() != v.day()) {
            return List.of(p.dim("'actions' lists today's options"));
        }
        List<String> out = new ArrayList<>();
        for (ActionChoice c : a.getSubmittedList()) {
            out.add(c.getDecision() + " -> " + c.getOption());
        }
        out.add(out.isEmpty() ? "none given yet for day " + a.getDay() + " (" + a.getDecisionsCount() + " decisions)"
                : (a.getReady() ? p.green("ready") : p.yellow("not marked ready")));
        return out;
    }

    private List<String> players(SessionView v) {
        List<String> parts = new ArrayList<>();
        for (Control c : v.controls().values()) {
            if (!c.getController().isEmpty()) {
                parts.add(c.getState() + " " + c.getController() + Format.seat(c));
            }
        }
        return parts.isEmpty() ? List.of(p.dim("the agents play every state")) : wrap(String.join(" · ", parts));
    }

    private List<String> today(SessionView v) {
        List<String> out = new ArrayList<>();
        for (EventRecord e : v.today()) {
            out.addAll(wrap((e.getInjected() ? "injected: " : "") + e.getText()));
        }
        return out;
    }

    private List<String> wrap(String text) {
        return Wrap.lines(text, inner());
    }
}
