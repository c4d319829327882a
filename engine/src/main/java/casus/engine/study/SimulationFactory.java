package casus.engine.study;

import casus.engine.model.Setting;
import casus.engine.run.Recorder;
import casus.engine.run.Simulation;
import casus.engine.run.Workspace;

/**
 * Where a study's runs start. A batch starts each run fresh from the scenario; a study of a
 * recorded game would start each from the game's state at some tick, continued with the run's
 * own seed. The simulation returned must be ready to run to its end with agents for every state.
 * The workspace is the caller's, for one run at a time; a factory may ignore it.
 */
@FunctionalInterface
public interface SimulationFactory {
    /** Each run from the start of the scenario, with no recorder. */
    SimulationFactory FRESH = (setting, seed, workspace) -> new Simulation(setting, seed, Recorder.NONE, workspace);

    Simulation start(Setting setting, long seed, Workspace workspace);
}
