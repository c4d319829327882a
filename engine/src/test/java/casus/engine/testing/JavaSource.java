package casus.engine.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A Java source file split for text checks: its code with comments and the insides of string
 * and character literals blanked out (so positions and lines still match), its string
 * literals, and its comments.
 */
public record JavaSource(Path path, String text, String code, List<String> literals, String comments) {

    public static JavaSource read(Path path) {
        try {
            return split(path, Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every {@code .java} file under a folder, in a stable order. */
    public static List<JavaSource> under(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().map(JavaSource::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Java sources of the main code of every module of the project. */
    public static List<JavaSource> allMain() {
        List<JavaSource> out = new ArrayList<>();
        try (Stream<Path> modules = Files.list(ProjectFiles.root())) {
            for (Path module : modules.sorted().toList()) {
                Path main = module.resolve("src/main/java");
                if (Files.isDirectory(main)) {
                    out.addAll(under(main));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static JavaSource split(Path path, String text) {
        StringBuilder code = new StringBuilder(text.length());
        StringBuilder comments = new StringBuilder();
        List<String> literals = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                int end = text.indexOf('\n', i);
                end = end < 0 ? n : end;
                comments.append(text, i, end).append('\n');
                blank(code, text, i, end);
                i = end;
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                comments.append(text, i, end).append('\n');
                blank(code, text, i, end);
                i = end;
            } else if (text.startsWith("\"\"\"", i)) {
                int end = text.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end + 3;
                literals.add(text.substring(i + 3, Math.max(i + 3, end - 3)));
                code.append("\"\"\"");
                blank(code, text, i + 3, end - 3);
                code.append("\"\"\"");
                i = end;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && text.charAt(j) != c && text.charAt(j) != '\n') {
                    j += text.charAt(j) == '\\' ? 2 : 1;
                }
                int end = Math.min(n, j + 1);
                if (c == '"') {
                    literals.add(text.substring(i + 1, Math.min(j, n)));
                }
                code.append(c);
                blank(code, text, i + 1, end - 1);
                code.append(c);
                i = end;
            } else {
                code.append(c);
                i++;
            }
        }
        return new JavaSource(path, text, code.toString(), List.copyOf(literals), comments.toString());
    }

    private static void blank(StringBuilder out, String text, int from, int to) {
        for (int k = from; k < to; k++) {
            out.append(text.charAt(k) == '\n' ? '\n' : ' ');
        }
    }

    /** The 1-based line of a position in the text. */
    public int lineOf(int position) {
        int line = 1;
        for (int k = 0; k < position && k < text.length(); k++) {
            if (text.charAt(k) == '\n') {
                line++;
            }
        }
        return line;
    }

    @Override
    public String toString() {
        return ProjectFiles.root().relativize(path).toString();
    }
}
