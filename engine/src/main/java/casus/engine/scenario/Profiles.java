package casus.engine.scenario;

import casus.engine.model.Term;
import casus.v1.ActorLibrary;
import casus.v1.ActorProfile;
import casus.v1.Archetype;
import casus.v1.Preferences;
import casus.v1.Scenario;
import casus.v1.WeightReason;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.TextFormatParseInfoTree;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Every actor's preferences as the library and the scenario state them: the library's profiles
 * and archetypes, and the actors a scenario adds. A profile takes every weight it does not state
 * from its archetype; a profile without one states all nine; every weight a profile states
 * carries a one-line reason. Each problem names the file, the line and the field.
 */
final class Profiles {
    /** An actor's display name and its weights, by {@link Term}. */
    record Resolved(String name, double[] weights) {
    }

    private static final Descriptor PREFERENCES = Preferences.getDescriptor();

    private final Map<String, double[]> archetypes = new HashMap<>();
    private final Map<String, Resolved> profiles = new LinkedHashMap<>();

    private Profiles() {
    }

    /** The library's profiles and the scenario's additions, checked. */
    static Map<String, Resolved> of(Source librarySource, ActorLibrary library, TextFormatParseInfoTree libraryTree, Source scenarioSource,
            Scenario scenario, TextFormatParseInfoTree scenarioTree) {
        Profiles p = new Profiles();
        Place lib = new Place(librarySource, libraryTree, ActorLibrary.getDescriptor());
        for (int i = 0; i < library.getArchetypeCount(); i++) {
            Archetype a = library.getArchetype(i);
            String field = "archetype[" + i + "]";
            if (p.archetypes.containsKey(a.getId())) {
                throw lib.error(field + ".id", "archetype", i, "archetype '" + a.getId() + "' is listed twice");
            }
            for (Term t : Term.values()) {
                if (!a.getPreferences().hasField(PREFERENCES.findFieldByName(t.key()))) {
                    throw lib.error(field + ".preferences", "archetype", i, "missing: an archetype states every weight; " + t.key() + " is missing");
                }
            }
            p.archetypes.put(a.getId(), weights(a.getPreferences(), new double[Term.COUNT]));
        }
        for (int i = 0; i < library.getActorCount(); i++) {
            p.add(lib, "actor", i, library.getActor(i), "actor '" + library.getActor(i).getId() + "' is listed twice");
        }
        Place sc = new Place(scenarioSource, scenarioTree, Scenario.getDescriptor());
        for (int i = 0; i < scenario.getActorProfileCount(); i++) {
            ActorProfile a = scenario.getActorProfile(i);
            p.add(sc, "actor_profile", i, a, "actor '" + a.getId() + "' is already in the actor library " + librarySource.name()
                    + ": a scenario adds only actors the library lacks");
        }
        return p.profiles;
    }

    private void add(Place at, String list, int i, ActorProfile a, String duplicate) {
        String field = list + "[" + i + "]";
        if (profiles.containsKey(a.getId())) {
            throw at.error(field + ".id", list, i, duplicate);
        }
        double[] weights;
        if (a.getArchetype().isEmpty()) {
            weights = new double[Term.COUNT];
            for (Term t : Term.values()) {
                if (!a.getPreferences().hasField(PREFERENCES.findFieldByName(t.key()))) {
                    throw at.error(field + ".preferences", list, i, "missing: " + t.key()
                            + " (a profile without an archetype states all nine weights)");
                }
            }
        } else {
            double[] base = archetypes.get(a.getArchetype());
            if (base == null) {
                throw at.error(field + ".archetype", list, i, "unknown archetype '" + a.getArchetype() + "' (known: "
                        + String.join(", ", new java.util.TreeSet<>(archetypes.keySet())) + ")");
            }
            weights = base.clone();
        }
        weights(a.getPreferences(), weights);
        Set<String> reasoned = new HashSet<>();
        for (int k = 0; k < a.getReasonCount(); k++) {
            WeightReason r = a.getReason(k);
            String rf = field + ".reason[" + k + "]";
            Term t = Term.byKey(r.getTerm());
            if (t == null) {
                throw at.error(rf + ".term", list, i, "unknown term '" + r.getTerm() + "'");
            }
            if (!a.getPreferences().hasField(PREFERENCES.findFieldByName(t.key()))) {
                throw at.error(rf + ".term", list, i, "a reason for " + t.key() + ", a weight the profile does not state");
            }
            if (!reasoned.add(t.key())) {
                throw at.error(rf + ".term", list, i, "a second reason for " + t.key());
            }
        }
        for (Term t : Term.values()) {
            if (a.getPreferences().hasField(PREFERENCES.findFieldByName(t.key())) && !reasoned.contains(t.key())) {
                throw at.error(field + ".reason", list, i, "missing: the weight " + t.key() + " needs a one-line reason");
            }
        }
        profiles.put(a.getId(), new Resolved(a.getName(), weights));
    }

    /** Copies the weights a message states into {@code into}; returns it. */
    private static double[] weights(Preferences p, double[] into) {
        for (Term t : Term.values()) {
            FieldDescriptor f = PREFERENCES.findFieldByName(t.key());
            if (p.hasField(f)) {
                into[t.ordinal()] = (Double) p.getField(f);
            }
        }
        return into;
    }

    /** A file, where its fields stand, and the message its top level is. */
    private record Place(Source source, TextFormatParseInfoTree tree, Descriptor top) {
        ScenarioException error(String field, String list, int index, String problem) {
            int block = Locations.line(tree, top, list, index, 1);
            return new ScenarioException(source.name(), Locations.line(tree, top, field, block), field, problem);
        }
    }
}
