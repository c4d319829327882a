package casus.client.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Rows of cells laid out in aligned columns, two spaces apart. Widths are measured on the plain
 * text and the style is applied after padding, so colour never breaks the alignment. The last
 * column is cut short with "..." when a line would be wider than the screen.
 */
public final class TextTable {
    /** A cell: its text and how to style it. */
    public record Cell(String text, UnaryOperator<String> style, boolean alignRight) {
        public static Cell of(String text) {
            return new Cell(text, UnaryOperator.identity(), false);
        }

        public static Cell styled(String text, UnaryOperator<String> style) {
            return new Cell(text, style, false);
        }

        public static Cell number(String text) {
            return new Cell(text, UnaryOperator.identity(), true);
        }

        /** The same cell, aligned to the right of its column. */
        public Cell right() {
            return new Cell(text, style, true);
        }
    }

    private final List<List<Cell>> rows = new ArrayList<>();
    private String indent = "";
    private boolean wrapLast;

    /** Prefixes every line. */
    public TextTable indent(String prefix) {
        indent = prefix;
        return this;
    }

    /** Wraps a last column too long for the screen onto further lines, under itself, rather than cutting it short. */
    public TextTable wrapLast() {
        wrapLast = true;
        return this;
    }

    public TextTable row(Cell... cells) {
        rows.add(List.of(cells));
        return this;
    }

    public TextTable row(List<Cell> cells) {
        rows.add(List.copyOf(cells));
        return this;
    }

    /** A row of plain cells. */
    public TextTable row(String... cells) {
        List<Cell> r = new ArrayList<>();
        for (String c : cells) {
            r.add(Cell.of(c));
        }
        rows.add(r);
        return this;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The lines, none wider than {@code width} (0: no limit). */
    public List<String> lines(int width) {
        int cols = 0;
        for (List<Cell> r : rows) {
            cols = Math.max(cols, r.size());
        }
        int[] w = new int[cols];
        for (List<Cell> r : rows) {
            for (int i = 0; i < r.size(); i++) {
                w[i] = Math.max(w[i], r.get(i).text().length());
            }
        }
        List<String> out = new ArrayList<>();
        for (List<Cell> r : rows) {
            StringBuilder line = new StringBuilder(indent);
            int used = indent.length();
            for (int i = 0; i < r.size(); i++) {
                Cell c = r.get(i);
                boolean last = i == r.size() - 1;
                String text = c.text();
                if (last && wrapLast && width > 0 && used + text.length() > width) {
                    List<String> parts = Wrap.lines(text, Math.max(20, width - used));
                    line.append(c.style().apply(parts.get(0)));
                    for (String more : parts.subList(1, parts.size())) {
                        out.add(strip(line));
                        line = new StringBuilder(" ".repeat(used)).append(c.style().apply(more));
                    }
                } else if (last) {
                    if (width > 0 && used + text.length() > width) {
                        int room = Math.max(4, width - used);
                        text = text.length() > room ? text.substring(0, room - 3) + "..." : text;
                    }
                    if (c.alignRight()) {
                        text = pad(text, w[i], true);
                    }
                    line.append(c.style().apply(text));
                } else {
                    String padded = pad(text, w[i], c.alignRight());
                    line.append(c.style().apply(padded)).append("  ");
                    used += padded.length() + 2;
                }
            }
            out.add(strip(line));
        }
        return out;
    }

    private static String pad(String s, int width, boolean right) {
        if (s.length() >= width) {
            return s;
        }
        String space = " ".repeat(width - s.length());
        return right ? space + s : s + space;
    }

    private static String strip(StringBuilder line) {
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ') {
            end--;
        }
        return line.substring(0, end);
    }
}
