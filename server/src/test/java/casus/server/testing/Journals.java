package casus.server.testing;

import casus.engine.scenario.ScenarioSources;
import casus.engine.scenario.Scenarios;
import casus.v1.AbsentPolicy;
import casus.v1.ActionChoice;
import casus.v1.ControlChange;
import casus.v1.ControlInput;
import casus.v1.JournalInput;
import casus.v1.JournalOpened;
import casus.v1.OrdersInput;
import casus.v1.SessionMode;
import casus.v1.SessionSettings;

/** Journal records for tests that feed a game by hand. */
public final class Journals {
    private Journals() {
    }

    public static JournalOpened opened(String scenario, long seed, AbsentPolicy absent) {
        ScenarioSources src = Scenarios.sources(scenario);
        return JournalOpened.newBuilder().setFormat(1).setSessionId("s-test").setJoinCode("TEST42")
                .setSettings(SessionSettings.newBuilder().setScenario(scenario).setSeed(seed).setMode(SessionMode.TURN_BASED)
                        .setAbsent(absent))
                .setScenarioName(src.scenario().name()).setScenarioText(src.scenario().text())
                .setLibraryName(src.library().name()).setLibraryText(src.library().text()).setScenarioDigest("test").build();
    }

    public static JournalInput control(String state, ControlChange.Kind kind) {
        return JournalInput.newBuilder().setControl(ControlInput.newBuilder().setState(state).setClientId("c-test")
                .setClientName("tester").setTokenHash("hash").setKind(kind)).build();
    }

    public static JournalInput orders(String state, boolean ready, ActionChoice... choices) {
        OrdersInput.Builder o = OrdersInput.newBuilder().setState(state).setReady(ready);
        for (ActionChoice c : choices) {
            o.addChoices(c);
        }
        return JournalInput.newBuilder().setOrders(o).build();
    }
}
