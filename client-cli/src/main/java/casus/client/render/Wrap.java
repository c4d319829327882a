package casus.client.render;

import java.util.ArrayList;
import java.util.List;

/** Breaks text into lines at spaces. */
public final class Wrap {
    private Wrap() {
    }

    /** The text in lines no wider than {@code width} where it can break; one line when width is 0. */
    public static List<String> lines(String text, int width) {
        List<String> out = new ArrayList<>();
        if (width <= 0 || text.length() <= width) {
            out.add(text);
            return out;
        }
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                out.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            out.add(line.toString());
        }
        return out;
    }

    /** The text wrapped, its lines after the first indented. */
    public static String indented(String text, int width, String indent) {
        List<String> l = lines(text, width <= 0 ? 0 : Math.max(20, width - indent.length()));
        return String.join("\n" + indent, l);
    }
}
