package casus.server.journal;

import casus.engine.scenario.ScenarioSources;
import casus.engine.scenario.Scenarios;
import casus.engine.scenario.Source;
import casus.server.auth.Tokens;
import casus.v1.JournalOpened;

/** The texts a journal says its session compiled from, as sources to compile again. */
public final class OpenedSources {
    private OpenedSources() {
    }

    /**
     * The scenario, library and model texts a journal kept. A journal written before the model's
     * constants had a file of their own keeps none; the bundled constants stand in for them.
     */
    public static ScenarioSources of(JournalOpened o) {
        Source model = o.getModelText().isEmpty()
                ? Source.bundled(Scenarios.DEFAULT_MODEL)
                : new Source(o.getModelName(), o.getModelText(), null);
        return new ScenarioSources(new Source(o.getScenarioName(), o.getScenarioText(), null),
                new Source(o.getLibraryName(), o.getLibraryText(), null), model);
    }

    /** The digest a journal records of the texts it was opened with. */
    public static String digest(ScenarioSources s) {
        return Tokens.sha256(s.scenario().text() + "\0" + s.library().text() + "\0" + s.model().text());
    }
}
