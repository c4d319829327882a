package casus.engine.scenario;

import casus.v1.ActorLibrary;
import casus.v1.ActorProfile;
import casus.v1.ModelConstant;
import casus.v1.ModelConstants;
import casus.v1.Preferences;
import casus.v1.WeightReason;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.TextFormat;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Writes an actor library, or a file of the model's constants, with some values changed: the text
 * of a library fitted to the record, in the library's own format, so that any scenario can name
 * it ({@code library: "DIR/actors.txtpb"}). Every value changed carries its reason in place of the
 * old one, which it quotes.
 */
public final class LibraryText {
    /** The file a written library names for its constants, beside itself. */
    public static final String MODEL_FILE = "model.txtpb";

    private LibraryText() {
    }

    /** The ids of the actors the library itself states (a scenario may add others). */
    public static Set<String> actors(Source library) {
        ActorLibrary lib = TextParser.<ActorLibrary>parse(library, ActorLibrary.newBuilder()).message();
        Set<String> ids = new LinkedHashSet<>();
        lib.getActorList().forEach(a -> ids.add(a.getId()));
        return ids;
    }

    /**
     * The library with some weights changed, naming {@value #MODEL_FILE} beside it for its constants.
     *
     * @param weights by actor id, then by term key (as {@code preferences.A.TERM} names them)
     * @param why the reason every changed weight is given, before the hand-set value and reason it replaces
     */
    public static String withWeights(Source library, Map<String, Map<String, Double>> weights, String why) {
        ActorLibrary.Builder b = TextParser.<ActorLibrary>parse(library, ActorLibrary.newBuilder()).message().toBuilder();
        for (Map.Entry<String, Map<String, Double>> actor : weights.entrySet()) {
            ActorProfile.Builder a = profile(b, actor.getKey());
            for (Map.Entry<String, Double> w : actor.getValue().entrySet()) {
                FieldDescriptor f = Preferences.getDescriptor().findFieldByName(w.getKey());
                if (f == null) {
                    throw new IllegalArgumentException("no utility term '" + w.getKey() + "'");
                }
                String old = a.getPreferences().hasField(f) ? "hand-set " + a.getPreferences().getField(f) : "from archetype " + a.getArchetype();
                String oldReason = "";
                for (int r = a.getReasonCount() - 1; r >= 0; r--) {
                    if (a.getReason(r).getTerm().equals(w.getKey())) {
                        oldReason = ": " + a.getReason(r).getText();
                        a.removeReason(r);
                    }
                }
                a.setPreferences(a.getPreferences().toBuilder().setField(f, w.getValue()));
                a.addReason(WeightReason.newBuilder().setTerm(w.getKey()).setText(why + " (" + old + oldReason + ")"));
            }
        }
        b.setModel(MODEL_FILE);
        return "# proto-file: casus/v1/scenario.proto\n# proto-message: casus.v1.ActorLibrary\n#\n# " + capitalised(why)
                + ". A scenario uses it by naming this file: library: \"PATH/actors.txtpb\".\n\n" + TextFormat.printer().printToString(b.build());
    }

    /** The model's constants with some values changed, each basis saying so. */
    public static String withConstants(Source model, Map<String, Double> values, String why) {
        ModelConstants.Builder b = TextParser.<ModelConstants>parse(model, ModelConstants.newBuilder()).message().toBuilder();
        for (Map.Entry<String, Double> v : values.entrySet()) {
            ModelConstant.Builder c = null;
            for (ModelConstant.Builder each : b.getConstantBuilderList()) {
                if (each.getName().equals(v.getKey())) {
                    c = each;
                }
            }
            if (c == null) {
                throw new IllegalArgumentException("no model constant '" + v.getKey() + "' in " + model.name());
            }
            c.setBasis(why + " (hand-set " + c.getValue() + ": " + c.getBasis() + ")");
            c.setValue(v.getValue());
        }
        return "# proto-file: casus/v1/scenario.proto\n# proto-message: casus.v1.ModelConstants\n#\n# " + capitalised(why) + ".\n\n"
                + TextFormat.printer().printToString(b.build());
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static ActorProfile.Builder profile(ActorLibrary.Builder b, String id) {
        for (ActorProfile.Builder a : b.getActorBuilderList()) {
            if (a.getId().equals(id)) {
                return a;
            }
        }
        throw new IllegalArgumentException("actor '" + id + "' is not in the actor library");
    }
}
