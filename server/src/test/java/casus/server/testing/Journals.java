package casus.server.testing;

import casus.engine.scenario.ScenarioSources;
import casus.engine.scenario.Scenarios;
import casus.server.game.Game;
import casus.server.game.TickResult;
import casus.server.journal.Journal;
import casus.v1.AbsentPolicy;
import casus.v1.ActionChoice;
import casus.v1.ControlChange;
import casus.v1.ControlInput;
import casus.v1.Decision;
import casus.v1.JournalEnded;
import casus.v1.JournalEntry;
import casus.v1.JournalTick;
import casus.v1.JournalInput;
import casus.v1.JournalOpened;
import casus.v1.OrdersInput;
import casus.v1.SessionMode;
import casus.v1.SessionSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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

    /**
     * Plays a turn-based game and journals it to {@code journal}: a person takes {@code state}
     * and each day orders the last option of its first decision; the game ends after
     * {@code days} ticks (or at the scenario's last day). Gives the chronicle the live game wrote.
     */
    public static String play(Path journal, String scenario, long seed, String state, int days) {
        StringWriter live = new StringWriter();
        JournalOpened opened = opened(scenario, seed, AbsentPolicy.HOLD);
        Game game = Game.open(opened, new PrintWriter(live), false, 7);
        try (Journal j = Journal.create(journal, JournalEntry.newBuilder().setOpened(opened).build())) {
            input(j, game, control(state, ControlChange.Kind.TAKEN));
            for (int t = 0; t < days && !game.finished(); t++) {
                Decision d = game.actions(game.actor(state)).getDecisionsList().stream().findFirst().orElse(null);
                if (d != null) {
                    input(j, game, orders(state, true, ActionChoice.newBuilder().setDecision(d.getKey())
                            .setOption(d.getOptions(d.getOptionsCount() - 1).getKey()).build()));
                }
                TickResult r = game.tick();
                j.append(JournalEntry.newBuilder().setTick(JournalTick.newBuilder().setDay(r.day()).setDigest(r.digest())).build());
            }
            String reason = game.finished() ? "the scenario's last day was played" : "the facilitator ended it";
            game.end(reason, 0);
            j.append(JournalEntry.newBuilder().setEnded(JournalEnded.newBuilder().setReason(reason)).build());
        }
        return live.toString();
    }

    private static void input(Journal j, Game game, JournalInput in) {
        j.append(JournalEntry.newBuilder().setInput(in).build());
        game.apply(in);
    }

    /** Where each record of a journal file starts, and, last, where the last one ends. */
    public static List<Integer> offsets(Path file) {
        byte[] b = bytes(file);
        List<Integer> at = new ArrayList<>();
        int p = 8;
        while (p + 8 <= b.length) {
            at.add(p);
            p += 8 + ByteBuffer.wrap(b, p, 4).getInt();
        }
        at.add(p);
        return at;
    }

    /** Changes one byte of a file, as a failing disk would. */
    public static void flip(Path file, long at) {
        byte[] b = bytes(file);
        b[(int) at] ^= 0x5A;
        try {
            Files.write(file, b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
