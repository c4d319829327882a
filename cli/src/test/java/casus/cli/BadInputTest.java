package casus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input exits 2 with one line on standard error that says what and where. */
class BadInputTest {

    @TempDir
    Path dir;

    static String bundled(String name) throws IOException {
        try (InputStream in = BadInputTest.class.getClassLoader().getResourceAsStream("casus/scenarios/" + name + ".txtpb")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void a_broken_scenario_file_exits_2_naming_file_line_and_field() throws IOException {
        String text = bundled("karabakh-2020");
        int line = 1 + (int) text.substring(0, text.indexOf("days: 52")).chars().filter(c -> c == '\n').count();
        Path file = dir.resolve("broken.txtpb");
        Files.writeString(file, text.replace("days: 52", "days: 500"), StandardCharsets.UTF_8);

        Cli cli = Cli.run("run", "--scenario", file.toString());

        assertEquals(Casus.BAD_INPUT, cli.status(), cli::toString);
        assertEquals("casus: " + file + ":" + line + ": days: value 500 is out of range [1, 366]\n", cli.err());
        assertEquals("", cli.out());
    }

    @Test
    void an_unknown_scenario_name_exits_2() {
        Cli cli = Cli.run("run", "--scenario", "karabakh-2099");

        assertEquals(Casus.BAD_INPUT, cli.status(), cli::toString);
        assertTrue(cli.err().startsWith("casus: karabakh-2099: no such scenario"), cli.err());
    }

    @Test
    void zero_runs_exit_2() {
        Cli cli = Cli.run("batch", "--scenario", "karabakh-2020", "--runs", "0");

        assertEquals(Casus.BAD_INPUT, cli.status(), cli::toString);
        assertEquals("casus: --runs must be at least 1, got 0\n", cli.err());
    }

    @Test
    void zero_threads_exit_2() {
        Cli cli = Cli.run("batch", "--scenario", "karabakh-2020", "--runs", "5", "--threads", "0");

        assertEquals(Casus.BAD_INPUT, cli.status(), cli::toString);
        assertEquals("casus: --threads must be at least 1, got 0\n", cli.err());
    }

    @Test
    void zero_validation_runs_exit_2() {
        Cli cli = Cli.run("validate", "--runs", "0");

        assertEquals(Casus.BAD_INPUT, cli.status(), cli::toString);
    }

    @Test
    void an_unknown_flag_exits_2_and_points_to_the_help() {
        Cli cli = Cli.run("batch", "--scenario", "karabakh-2020", "--runs", "5", "--colour");

        assertEquals(Casus.BAD_INPUT, cli.status(), cli::toString);
        assertTrue(cli.err().contains("--colour"), cli.err());
        assertTrue(cli.err().contains("try 'casus batch --help'"), cli.err());
    }

    @Test
    void a_missing_required_flag_exits_2() {
        Cli cli = Cli.run("batch", "--scenario", "karabakh-2020");

        assertEquals(Casus.BAD_INPUT, cli.status(), cli::toString);
        assertTrue(cli.err().contains("--runs"), cli.err());
    }

    @Test
    void a_seed_that_is_not_a_number_exits_2() {
        Cli cli = Cli.run("run", "--seed", "seven");

        assertEquals(Casus.BAD_INPUT, cli.status(), cli::toString);
    }
}
