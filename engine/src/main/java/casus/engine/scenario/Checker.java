package casus.engine.scenario;

import casus.v1.OptionsProto;
import casus.v1.Range;
import casus.v1.RefKind;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import com.google.protobuf.TextFormatParseInfoTree;
import java.util.Set;

/**
 * Checks a parsed message against the schema's field options, generically: required fields are
 * present, numbers lie in their ranges, ids name what they must. Reports the first problem with
 * the file, the line and the field's path.
 */
final class Checker {
    /** The ids a scenario declares, by kind. */
    record Ids(Set<String> actors, Set<String> regions, Set<String> treaties) {
    }

    private final Source source;
    private final Ids ids;

    Checker(Source source, Ids ids) {
        this.source = source;
        this.ids = ids;
    }

    void check(Message m, TextFormatParseInfoTree tree, String path, int line) {
        for (FieldDescriptor f : m.getDescriptorForType().getFields()) {
            String name = path.isEmpty() ? f.getName() : path + "." + f.getName();
            var options = f.getOptions();
            boolean required = options.getExtension(OptionsProto.required);
            if (f.isRepeated()) {
                int n = m.getRepeatedFieldCount(f);
                if (required && n == 0) {
                    throw new ScenarioException(source.name(), line, name, "missing: at least one is required");
                }
                for (int i = 0; i < n; i++) {
                    String element = name + "[" + i + "]";
                    int at = Locations.line(tree, f, i, line);
                    checkValue(f, m.getRepeatedField(f, i), element, at, Locations.nested(tree, f, i));
                }
            } else if (m.hasField(f)) {
                checkValue(f, m.getField(f), name, Locations.line(tree, f, 0, line), Locations.nested(tree, f, 0));
            } else if (required) {
                throw new ScenarioException(source.name(), line, name, "missing: this field is required");
            }
        }
    }

    private void checkValue(FieldDescriptor f, Object value, String name, int line, TextFormatParseInfoTree nested) {
        var options = f.getOptions();
        if (f.getJavaType() == FieldDescriptor.JavaType.MESSAGE) {
            check((Message) value, nested, name, line);
            return;
        }
        if (options.hasExtension(OptionsProto.range) && value instanceof Number n) {
            Range r = options.getExtension(OptionsProto.range);
            double v = n.doubleValue();
            if (!(v >= r.getMin() && v <= r.getMax())) {
                throw new ScenarioException(source.name(), line, name,
                        "value " + format(v) + " is out of range [" + format(r.getMin()) + ", " + format(r.getMax()) + "]");
            }
        }
        if (value instanceof String s) {
            if (options.getExtension(OptionsProto.required) && s.isEmpty()) {
                throw new ScenarioException(source.name(), line, name, "missing: this field is required");
            }
            RefKind ref = options.getExtension(OptionsProto.ref);
            if (ref != RefKind.REF_KIND_UNSPECIFIED && !s.isEmpty()) {
                checkRef(ref, s, name, line);
            }
        }
    }

    private void checkRef(RefKind ref, String id, String name, int line) {
        boolean ok = switch (ref) {
            case ACTOR -> ids.actors().contains(id);
            case REGION -> ids.regions().contains(id);
            case TREATY -> ids.treaties().contains(id);
            case ACTOR_OR_TREATY -> ids.actors().contains(id) || ids.treaties().contains(id);
            default -> true;
        };
        if (!ok) {
            String kind = switch (ref) {
                case ACTOR -> "actor";
                case REGION -> "region";
                case TREATY -> "treaty";
                default -> "actor or treaty";
            };
            Set<String> known = switch (ref) {
                case REGION -> ids.regions();
                case TREATY -> ids.treaties();
                default -> ids.actors();
            };
            throw new ScenarioException(source.name(), line, name,
                    "unknown " + kind + " '" + id + "' (known: " + String.join(", ", new java.util.TreeSet<>(known)) + ")");
        }
    }

    static String format(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
