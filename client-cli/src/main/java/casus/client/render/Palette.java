package casus.client.render;

import java.util.Map;

/**
 * Colours and emphasis for text, as ANSI escape sequences, or nothing at all: scripts, pipes,
 * dumb terminals and anyone who sets {@code NO_COLOR} get plain text.
 */
public final class Palette {
    private static final Palette PLAIN = new Palette(false);
    private static final Palette ANSI = new Palette(true);

    private final boolean on;

    private Palette(boolean on) {
        this.on = on;
    }

    public static Palette plain() {
        return PLAIN;
    }

    public static Palette ansi() {
        return ANSI;
    }

    /**
     * Colour only for a terminal a person reads that can show it, when {@code NO_COLOR} is unset or
     * empty (no-color.org) and colour was not turned off.
     *
     * @param interactive whether the output is a terminal, not a pipe or a file
     * @param terminalType the terminal's type, as JLine names it ("dumb" when it knows none)
     * @param colours how many colours the terminal says it has
     */
    public static Palette choose(boolean interactive, String terminalType, int colours, Map<String, String> env, boolean disabled) {
        String noColor = env.get("NO_COLOR");
        boolean wanted = interactive && !disabled && (noColor == null || noColor.isEmpty());
        boolean able = terminalType != null && !terminalType.startsWith("dumb") && colours >= 8;
        return wanted && able ? ANSI : PLAIN;
    }

    public boolean enabled() {
        return on;
    }

    public String bold(String s) {
        return sgr("1", s);
    }

    public String dim(String s) {
        return sgr("2", s);
    }

    public String red(String s) {
        return sgr("31", s);
    }

    public String green(String s) {
        return sgr("32", s);
    }

    public String yellow(String s) {
        return sgr("33", s);
    }

    public String blue(String s) {
        return sgr("34", s);
    }

    public String magenta(String s) {
        return sgr("35", s);
    }

    public String cyan(String s) {
        return sgr("36", s);
    }

    /** Red for a fall, green for a rise, nothing for no change. */
    public String trend(double change, String s) {
        return change < -1e-9 ? red(s) : change > 1e-9 ? green(s) : s;
    }

    private String sgr(String code, String s) {
        return on && !s.isEmpty() ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
    }

    /** The text with every escape sequence removed: what a person sees. */
    public static String visible(String s) {
        return s.replaceAll("\u001b\\[[0-9;]*m", "");
    }
}
