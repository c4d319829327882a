package casus.server.lobby;

import casus.engine.model.Injectable;
import casus.engine.model.Setting;
import casus.engine.scenario.Scenarios;
import casus.v1.CatalogueEvent;
import casus.v1.ScenarioInfo;
import casus.v1.ScenarioList;
import casus.v1.StateInfo;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The bundled scenarios as clients list them, compiled once in the background when the server
 * starts, so that starting is not held up by it.
 */
public final class ScenarioCatalog {
    private final CompletableFuture<ScenarioList> list;

    public ScenarioCatalog(Executor background) {
        list = CompletableFuture.supplyAsync(ScenarioCatalog::build, background);
    }

    /** The list, when it is ready. */
    public CompletableFuture<ScenarioList> list() {
        return list;
    }

    private static ScenarioList build() {
        ScenarioList.Builder b = ScenarioList.newBuilder();
        for (String name : Scenarios.bundled()) {
            Setting s = Scenarios.load(name);
            ScenarioInfo.Builder i = ScenarioInfo.newBuilder().setName(name).setTitle(s.title()).setSummary(s.summary())
                    .setStartDate(s.startDate().toString()).setDays(s.days());
            for (int a = 0; a < s.actorCount(); a++) {
                i.addStates(StateInfo.newBuilder().setId(s.actorId(a)).setName(s.actorName(a)));
            }
            for (Injectable x : s.injectables()) {
                i.addCatalogue(CatalogueEvent.newBuilder().setId(x.id()).setDescription(x.description()));
            }
            b.addScenarios(i);
        }
        return b.build();
    }
}
