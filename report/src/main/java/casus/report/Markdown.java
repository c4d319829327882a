package casus.report;

import java.util.List;

/** Builds Markdown text: headings, paragraphs, lists and tables whose cells cannot break the table. */
final class Markdown {
    private final StringBuilder out = new StringBuilder();

    Markdown heading(int level, String text) {
        blank();
        out.append("#".repeat(level)).append(' ').append(text.strip()).append("\n\n");
        return this;
    }

    Markdown paragraph(String text) {
        blank();
        out.append(text.strip()).append("\n\n");
        return this;
    }

    Markdown bullet(String text) {
        out.append("- ").append(oneLine(text)).append('\n');
        return this;
    }

    Markdown image(String alt, String file) {
        blank();
        out.append("![").append(alt).append("](").append(file).append(")\n\n");
        return this;
    }

    Markdown table(List<String> headers, List<List<String>> rows) {
        blank();
        row(headers);
        out.append('|');
        for (int i = 0; i < headers.size(); i++) {
            out.append(" --- |");
        }
        out.append('\n');
        for (List<String> r : rows) {
            row(r);
        }
        out.append('\n');
        return this;
    }

    private void row(List<String> cells) {
        out.append('|');
        for (String c : cells) {
            out.append(' ').append(cell(c)).append(" |");
        }
        out.append('\n');
    }

    /** Ends a list before a block that must stand apart. */
    private void blank() {
        int n = out.length();
        if (n > 0 && out.charAt(n - 1) == '\n' && (n < 2 || out.charAt(n - 2) != '\n')) {
            out.append('\n');
        }
    }

    /** A table cell: one line, its pipes escaped. */
    static String cell(String s) {
        return oneLine(s).replace("|", "\\|");
    }

    static String oneLine(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }

    /** Code: a key or an id, shown as typed. */
    static String code(String s) {
        return s.isEmpty() ? "" : "`" + s.replace("`", "'") + "`";
    }

    @Override
    public String toString() {
        return out.toString().stripTrailing() + "\n";
    }
}
