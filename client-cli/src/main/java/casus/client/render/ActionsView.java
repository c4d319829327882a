package casus.client.render;

import casus.v1.ActionChoice;
import casus.v1.ActionList;
import casus.v1.Decision;
import casus.v1.Option;
import casus.v1.TermValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A state's legal actions for the coming day, decision by decision, each option with what it
 * does, the agent's utility and its breakdown term by term; the option the agent favours is
 * marked as its advice, and the options already chosen are marked too.
 */
public final class ActionsView {
    /** The terms shown per option unless all are asked for. */
    static final int TOP_TERMS = 4;

    private final Palette p;
    private final int width;

    public ActionsView(Palette p, int width) {
        this.p = p;
        this.width = width;
    }

    /** How a person types an option: its key with spaces for colons. */
    public static String typed(String optionKey) {
        return optionKey.replace(':', ' ');
    }

    public List<String> render(ActionList a, String date, boolean allTerms) {
        List<String> out = new ArrayList<>();
        int given = a.getSubmittedCount();
        out.add(p.bold("Day " + a.getDay() + (date.isEmpty() ? "" : " (" + date + ")") + " · " + a.getState() + " · "
                + a.getDecisionsCount() + (a.getDecisionsCount() == 1 ? " decision" : " decisions")) + " · "
                + (given == 0 ? "no orders given" : given + " given") + " · " + (a.getReady() ? p.green("ready") : p.yellow("not ready")));
        if (a.getDecisionsCount() == 0) {
            out.add(p.dim("nothing to decide today"));
            return out;
        }
        for (Decision d : a.getDecisionsList()) {
            out.add("");
            out.add(p.bold(d.getKey()) + p.dim("  (" + d.getKind() + ")"));
            int keyWidth = 0;
            for (Option o : d.getOptionsList()) {
                keyWidth = Math.max(keyWidth, typed(o.getKey()).length());
            }
            String chosen = chosen(a, d);
            for (Option o : d.getOptionsList()) {
                boolean advice = o.getKey().equals(d.getAdvice());
                boolean mine = o.getKey().equals(chosen);
                String mark = mine ? "=" : advice ? "*" : " ";
                String key = pad(typed(o.getKey()), keyWidth);
                String util = String.format(Locale.ROOT, "%+6.2f", o.getUtility());
                // One word, so that wrapping keeps it whole at the end.
                String tag = advice && mine ? "(chosen=advice)" : advice ? "(advice)" : mine ? "(chosen)" : "";
                String head = "  " + mark + " " + (advice ? p.green(key) : mine ? p.cyan(key) : key) + "  " + util + "  ";
                int indent = 2 + 2 + keyWidth + 2 + 6 + 2;
                String text = Wrap.indented(o.getText() + (tag.isEmpty() ? "" : "  " + tag), width, " ".repeat(indent));
                if (!tag.isEmpty()) {
                    text = text.substring(0, text.length() - tag.length()) + p.bold(tag);
                }
                out.add(head + text);
                String terms = terms(o, allTerms);
                if (!terms.isEmpty()) {
                    out.add(" ".repeat(indent) + p.dim(Wrap.indented(terms, width, " ".repeat(indent))));
                }
                if (allTerms && !o.getReasons().isEmpty()) {
                    out.add(" ".repeat(indent) + p.dim(Wrap.indented("why: " + o.getReasons(), width, " ".repeat(indent))));
                }
            }
        }
        out.add("");
        out.add(p.dim("* the agent's advice  = your choice   do OPTION... chooses; ready when done; --terms shows every term"));
        return out;
    }

    private static String chosen(ActionList a, Decision d) {
        for (ActionChoice c : a.getSubmittedList()) {
            if (c.getDecision().equals(d.getKey())) {
                return c.getOption();
            }
        }
        return "";
    }

    /** The utility's breakdown: the weighted terms, largest first (all of them, with raw values and weights, when asked). */
    static String terms(Option o, boolean all) {
        List<TermValue> t = new ArrayList<>(o.getTermsList());
        t.sort(Comparator.comparingDouble((TermValue x) -> Math.abs(x.getWeighted())).reversed());
        List<String> parts = new ArrayList<>();
        for (TermValue v : t) {
            if (!all && Math.abs(v.getWeighted()) < 0.005) {
                // Shown as 0.00: nothing to read in it.
                continue;
            }
            if (!all && parts.size() == TOP_TERMS) {
                parts.add("...");
                break;
            }
            String label = v.getLabel().isEmpty() ? v.getTerm() : v.getLabel();
            if (all) {
                double w = v.getRaw() == 0 ? 0 : v.getWeighted() / v.getRaw();
                parts.add(label + " " + Format.signed(v.getWeighted()) + String.format(Locale.ROOT, " (%+.2f x %.1f)", v.getRaw(), w));
            } else {
                parts.add(label + " " + Format.signed(v.getWeighted()));
            }
        }
        return String.join(" · ", parts);
    }

    private static String pad(String s, int w) {
        return s.length() >= w ? s : s + " ".repeat(w - s.length());
    }
}
