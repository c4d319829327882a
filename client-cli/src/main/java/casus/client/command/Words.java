package casus.client.command;

import java.util.List;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.reader.impl.DefaultParser;

/**
 * Splits a command line into words as the terminal's line editor does: spaces separate words,
 * double quotes keep spaces inside one, a backslash escapes. Apostrophes are ordinary letters,
 * so a message may say "we can't".
 */
public final class Words {
    private Words() {
    }

    /** The parser shared by the line editor and scripts. */
    public static DefaultParser parser() {
        DefaultParser p = new DefaultParser();
        p.setQuoteChars(new char[] {'"'});
        p.setEofOnUnclosedQuote(false);
        p.setEofOnEscapedNewLine(false);
        return p;
    }

    public static List<String> split(String line) {
        ParsedLine parsed = parser().parse(line, line.length(), Parser.ParseContext.SPLIT_LINE);
        return parsed.words().stream().filter(w -> !w.isEmpty()).map(Words::unquote).toList();
    }

    /** A word as meant: its quotes gone, its escapes undone (the parser leaves both in). */
    static String unquote(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '\\' && i + 1 < word.length()) {
                out.append(word.charAt(++i));
            } else if (c != '"') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
