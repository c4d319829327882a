package casus.engine.scenario;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.TextFormatParseInfoTree;
import com.google.protobuf.TextFormatParseLocation;
import java.util.List;

/** Where fields stood in a parsed text, as 1-based lines. */
final class Locations {
    private Locations() {
    }

    /**
     * The line of the index-th value of a field, or {@code fallback} when the tree lacks the
     * field. Values written in list syntax ({@code region: ["A", "B"]}) share the location of the
     * field's name, so an index past the recorded locations takes the last of them.
     */
    static int line(TextFormatParseInfoTree tree, FieldDescriptor f, int index, int fallback) {
        if (tree == null) {
            return fallback;
        }
        List<TextFormatParseLocation> locations = tree.getLocations(f);
        if (locations.isEmpty()) {
            return fallback;
        }
        return locations.get(Math.min(index, locations.size() - 1)).getLine() + 1;
    }

    /** The tree of the index-th value of a message field, or null. */
    static TextFormatParseInfoTree nested(TextFormatParseInfoTree tree, FieldDescriptor f, int index) {
        if (tree == null || f.getJavaType() != FieldDescriptor.JavaType.MESSAGE) {
            return null;
        }
        try {
            return tree.getNestedTree(f, index);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The line of a field of the top-level message, by name. */
    static int line(TextFormatParseInfoTree tree, Descriptor d, String field, int index, int fallback) {
        return line(tree, d.findFieldByName(field), index, fallback);
    }

    /**
     * The line of a field given by its path in a message, such as {@code check[0].set[1].path}:
     * the line of the deepest part of the path the text shows, else {@code fallback}. A part
     * without an index means its first value.
     */
    static int line(TextFormatParseInfoTree tree, Descriptor d, String path, int fallback) {
        int line = fallback;
        TextFormatParseInfoTree t = tree;
        Descriptor type = d;
        for (String part : path.split("\\.")) {
            if (t == null || type == null) {
                break;
            }
            int bracket = part.indexOf('[');
            String name = bracket < 0 ? part : part.substring(0, bracket);
            int index = bracket < 0 ? 0 : Integer.parseInt(part.substring(bracket + 1, part.length() - 1));
            FieldDescriptor f = type.findFieldByName(name);
            if (f == null) {
                break;
            }
            line = line(t, f, index, line);
            t = nested(t, f, index);
            type = f.getJavaType() == FieldDescriptor.JavaType.MESSAGE ? f.getMessageType() : null;
        }
        return line;
    }
}
