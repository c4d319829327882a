package casus.engine.scenario;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.TextFormatParseInfoTree;

/** Where fields stood in a parsed text, as 1-based lines. */
final class Locations {
    private Locations() {
    }

    /** The line of the index-th value of a field, or {@code fallback} when the tree lacks it. */
    static int line(TextFormatParseInfoTree tree, FieldDescriptor f, int index, int fallback) {
        if (tree == null) {
            return fallback;
        }
        try {
            return tree.getLocation(f, index).getLine() + 1;
        } catch (IllegalArgumentException e) {
            return fallback;
        }
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
    static int line(TextFormatParseInfoTree tree, com.google.protobuf.Descriptors.Descriptor d, String field, int index, int fallback) {
        return line(tree, d.findFieldByName(field), index, fallback);
    }
}
