package casus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.server.testing.Journals;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code casus batch --journal} and {@code casus run --journal}: continuations of a recorded game. */
class ContinuationsTest {
    @TempDir
    static Path dir;
    static Path journal;
    static String live;
    static int days;

    @BeforeAll
    static void record() {
        journal = dir.resolve("journal.casus");
        live = Journals.play(journal, "karabakh-2023", 17, "ARM", Integer.MAX_VALUE);
        days = casus.engine.scenario.Scenarios.load("karabakh-2023").days();
    }

    @Test
    void continuing_from_the_last_tick_gives_the_game_itself_every_time() {
        JsonObject o = json("batch", "--journal", journal.toString(), "--from-tick", Integer.toString(days), "--runs", "50",
                "--format", "json");
        JsonObject game = o.getAsJsonObject("game");
        assertTrue(game.get("concluded").getAsBoolean());
        assertEquals(days, game.get("ticks").getAsInt());
        for (Map.Entry<String, JsonElement> e : game.getAsJsonObject("outcomes").entrySet()) {
            assertEquals(1.0, e.getValue().getAsJsonObject().get("p_alike").getAsDouble(), e.getKey());
        }
        for (Map.Entry<String, JsonElement> e : game.getAsJsonObject("metrics").entrySet()) {
            assertEquals(1.0, e.getValue().getAsJsonObject().get("equal").getAsDouble(), e.getKey());
            assertEquals(50.0, e.getValue().getAsJsonObject().get("percentile_rank").getAsDouble(), e.getKey());
        }
    }

    @Test
    void continuations_do_not_depend_on_threads_and_spread_where_the_game_left_room() {
        String[] args = {"batch", "--journal", journal.toString(), "--from-tick", "3", "--runs", "300", "--seed", "5", "--format", "json"};
        JsonObject one = json(concat(args, "--threads", "1"));
        JsonObject two = json(concat(args, "--threads", "2"));
        for (JsonObject o : new JsonObject[] {one, two}) {
            o.remove("threads");
            o.remove("runs_per_second");
        }
        assertEquals(one, two);
        assertEquals(3, one.get("from_tick").getAsInt());
        double spread = 0;
        for (Map.Entry<String, JsonElement> e : one.getAsJsonObject("game").getAsJsonObject("metrics").entrySet()) {
            spread = Math.max(spread, 1 - e.getValue().getAsJsonObject().get("equal").getAsDouble());
        }
        assertTrue(spread > 0, "agents with fresh seeds from tick 3 should not all end where the game did: " + one);
    }

    @Test
    void run_with_a_journal_replays_the_recorded_days_then_hands_over_to_agents() {
        String[] args = {"run", "--journal", journal.toString(), "--from-tick", "4", "--seed", "9"};
        String first = text(args);
        assertEquals(first, text(args));
        String handover = first.substring(0, first.indexOf("The recorded game"));
        String recordedDays = live.substring(0, live.indexOf(dayHeading(handover)));
        assertTrue(handover.startsWith(recordedDays), "the first four days are the game's own");
        assertTrue(recordedDays.contains("[player]"), "the player's orders are replayed");
        assertNotEquals(first, text("run", "--journal", journal.toString(), "--from-tick", "4", "--seed", "10"));
    }

    @Test
    void a_study_of_continuations_writes_its_files_and_each_row_replays_alone() throws Exception {
        Path out = dir.resolve("study");
        text("batch", "--journal", journal.toString(), "--from-tick", "2", "--runs", "20", "--seed", "4", "--out", out.toString());
        java.util.List<String> rows = java.nio.file.Files.readAllLines(out.resolve("runs.csv"));
        assertEquals(21, rows.size());
        java.util.List<String> header = java.util.List.of(rows.get(0).split(","));
        String[] row = rows.get(7).split(",");
        String seed = row[header.indexOf("seed")];
        long casualties = Math.round(Double.parseDouble(row[header.indexOf("casualties")]));
        String chronicle = text("run", "--journal", journal.toString(), "--from-tick", "2", "--seed", seed);
        assertTrue(chronicle.matches("(?s).*\\n  casualties +" + casualties + "\\n.*"), "run 6 again: " + casualties + " killed\n" + chronicle);
        String report = java.nio.file.Files.readString(out.resolve("report.md"));
        assertTrue(report.contains("casus run --journal " + journal + " --from-tick 2 --seed "), report);
        JsonObject manifest = JsonParser.parseString(java.nio.file.Files.readString(out.resolve("manifest.json"))).getAsJsonObject();
        assertEquals(2, manifest.getAsJsonObject("journal").get("from_tick").getAsInt());
    }

    @Test
    void bad_uses_are_refused_with_their_reason() {
        assertRefused("fewer than --from-tick", "batch", "--journal", journal.toString(), "--from-tick", "999", "--runs", "5");
        assertRefused("--journal needs --from-tick", "batch", "--journal", journal.toString(), "--runs", "5");
        assertRefused("go with --scenario", "batch", "--journal", journal.toString(), "--from-tick", "2", "--runs", "5",
                "--sweep", "scenario.days=10:20:5");
        assertRefused("either --scenario or --journal", "batch", "--runs", "5");
        assertRefused("--from-tick goes with --journal", "batch", "--scenario", "karabakh-2023", "--from-tick", "2", "--runs", "5");
        assertRefused("no journal", "batch", "--journal", dir.resolve("missing").toString(), "--from-tick", "2", "--runs", "5");
    }

    /** The heading of the last day the text opens: the day a continuation starts on. */
    private static String dayHeading(String text) {
        String[] lines = text.split("\n");
        for (int i = lines.length - 1; i >= 0; i--) {
            if (lines[i].startsWith("Day ")) {
                return lines[i];
            }
        }
        throw new AssertionError("no day heading in\n" + text);
    }

    private static void assertRefused(String reason, String... args) {
        StringWriter err = new StringWriter();
        assertEquals(Casus.BAD_INPUT, Casus.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), args), err.toString());
        assertTrue(err.toString().contains(reason), err.toString());
    }

    private static JsonObject json(String... args) {
        return JsonParser.parseString(text(args)).getAsJsonObject();
    }

    private static String text(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, Casus.execute(new PrintWriter(out), new PrintWriter(err), args), err.toString());
        return out.toString();
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
