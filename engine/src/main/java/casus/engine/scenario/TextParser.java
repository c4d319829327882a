package casus.engine.scenario;

import com.google.protobuf.Message;
import com.google.protobuf.TextFormat;
import com.google.protobuf.TextFormatParseInfoTree;

/** Parses protobuf text format, turning syntax errors into {@link ScenarioException}s. */
final class TextParser {
    private TextParser() {
    }

    /** A parsed message and where each of its fields stood in the text. */
    record Parsed<M extends Message>(M message, TextFormatParseInfoTree tree) {
    }

    @SuppressWarnings("unchecked")
    static <M extends Message> Parsed<M> parse(Source source, Message.Builder builder) {
        TextFormatParseInfoTree.Builder tree = TextFormatParseInfoTree.builder();
        try {
            TextFormat.Parser.newBuilder().setParseInfoTreeBuilder(tree).build().merge(source.text(), builder);
        } catch (TextFormat.ParseException e) {
            throw syntax(source, e);
        }
        return new Parsed<>((M) builder.build(), tree.build());
    }

    private static ScenarioException syntax(Source source, TextFormat.ParseException e) {
        String message = e.getMessage();
        int line = e.getLine();
        String unknown = "Input contains unknown fields and/or extensions:";
        if (message.contains(unknown)) {
            String rest = message.substring(message.indexOf(unknown) + unknown.length()).trim();
            String[] parts = rest.split("\\s+");
            String qualified = parts[parts.length - 1];
            String[] loc = parts[0].split(":");
            try {
                line = Integer.parseInt(loc[0]);
            } catch (NumberFormatException ignored) {
                // keep the exception's own line
            }
            int dot = qualified.lastIndexOf('.');
            return new ScenarioException(source.name(), line, qualified.substring(dot + 1),
                    "unknown field of " + qualified.substring(0, Math.max(0, dot)));
        }
        String problem = message.replaceFirst("^\\d+:\\d+:\\s*", "");
        return new ScenarioException(source.name(), line, source.fieldOnLine(line), "syntax error: " + problem);
    }
}
