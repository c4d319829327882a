package casus.engine.scenario;

import casus.engine.model.Setting;
import java.util.List;

/**
 * The texts a scenario compiles from: its own file, its actor library and the model's constants the
 * library is judged with. A live session keeps all three, so that its journal replays against
 * exactly the facts, preferences and constants it was played with.
 */
public record ScenarioSources(Source scenario, Source library, Source model) {
    /** Compiles the scenario with this library and these constants. */
    public Setting compile() {
        return Scenarios.compile(scenario, library, model);
    }

    /** The scenario's file, then its library's, then the model's. */
    public List<Source> files() {
        return List.of(scenario, library, model);
    }
}
