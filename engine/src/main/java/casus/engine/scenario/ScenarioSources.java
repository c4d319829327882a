package casus.engine.scenario;

/**
 * The texts a scenario compiles from: its own file and its actor library. A live session keeps
 * both, so that its journal replays against exactly the facts and preferences it was played with.
 */
public record ScenarioSources(Source scenario, Source library) {
    /** Compiles the scenario with this library. */
    public casus.engine.model.Setting compile() {
        return Scenarios.compile(scenario, library);
    }
}
