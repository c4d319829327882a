package casus.client;

import casus.client.command.SeatKeys;
import casus.client.net.CannotConnectException;
import casus.client.net.RemoteSettings;
import casus.client.play.PlayClient;
import casus.client.play.PrintConsole;
import casus.client.play.ScriptRunner;
import casus.client.terminal.InteractiveLoop;
import casus.client.terminal.TerminalConsole;
import casus.client.render.Palette;
import casus.v1.Welcome;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code casus play}: the terminal client. At a terminal, a prompt with history, line editing and
 * completion; with {@code --script FILE}, or with commands piped to it, the same commands run
 * one a line, without a prompt.
 */
@Command(name = "casus play", mixinStandardHelpOptions = true, versionProvider = Play.Version.class,
        description = {"Play, watch or run a Casus seminar game from the terminal.",
            "Connects to a Casus server, then takes commands: 'help' lists them. With --script FILE, or commands on standard "
                    + "input when it is not a terminal, runs them one a line and stops at the first refused."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every command carried out; or the player quit", "1:the connection was lost and could not be restored",
            "2:cannot connect (the server is down, speaks another protocol version, or refused the token), a bad flag, "
                    + "or a script's command was refused"})
public final class Play implements Callable<Integer> {
    public static final int OK = 0;
    public static final int LOST = 1;
    public static final int BAD_INPUT = 2;
    /** Where the facilitator token is read from when --token is not given (the server reads the same). */
    public static final String TOKEN_ENV = "CASUS_FACILITATOR_TOKEN";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--host", defaultValue = RemoteSettings.DEFAULT_HOST, description = "The server's host (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "" + RemoteSettings.DEFAULT_PORT, description = "The server's port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--name", description = "Your name, as other players see it (default: your login name).")
    String name;

    @Option(names = "--token", description = "The facilitator token: facilitate sessions. Default: $" + TOKEN_ENV + ", if set.")
    String token;

    @Option(names = "--script", paramLabel = "FILE", description = "Run the commands of FILE ('-': standard input), without a prompt.")
    Path script;

    @Option(names = "--keep-going", description = "In a script, go on after a refused command (the exit status still says so).")
    boolean keepGoing;

    @Option(names = "--no-color", description = "No colour, even at a terminal that has it (so does $NO_COLOR).")
    boolean noColor;

    @Option(names = "--history", paramLabel = "FILE", description = "Where the prompt keeps its history (default: $HOME/.casus_history).")
    Path history;

    @Option(names = "--seats", paramLabel = "DIR", description = "Where the seat keys you are given are kept, one file per server, session "
            + "and state (default: $XDG_DATA_HOME/casus/seats, else $HOME/.local/share/casus/seats).")
    Path seats;

    @Option(names = "--protocol-version", hidden = true, paramLabel = "MAJOR.MINOR",
            description = "Speak another version of the protocol: to see how a server answers an older or newer client.")
    String protocolVersion;

    private final Reader stdin;
    private final boolean stdinIsTerminal;

    Play(Reader stdin, boolean stdinIsTerminal) {
        this.stdin = stdin;
        this.stdinIsTerminal = stdinIsTerminal;
    }

    public static void main(String[] args) {
        boolean terminal = System.console() != null;
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int status = execute(new InputStreamReader(System.in, StandardCharsets.UTF_8), terminal, out, err, args);
        out.flush();
        err.flush();
        System.exit(status);
    }

    /**
     * Runs {@code casus play} with the given input and writers, and returns its exit status. With
     * {@code stdinIsTerminal} false, commands are read from {@code stdin} (or the script).
     */
    public static int execute(Reader stdin, boolean stdinIsTerminal, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Play(stdin, stdinIsTerminal));
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("casus play: " + ex.getMessage());
            err.println("try 'casus play --help'");
            err.flush();
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            err.println("casus play: internal error: " + ex);
            ex.printStackTrace(err);
            err.flush();
            return LOST;
        });
        return cl.execute(args);
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String facilitatorToken = token != null ? token : System.getenv().getOrDefault(TOKEN_ENV, "");
        String who = name != null ? name : System.getProperty("user.name", "player");
        if (port < 1 || port > 65535) {
            err.println("casus play: --port must be within 1..65535, got " + port);
            return BAD_INPUT;
        }
        RemoteSettings settings = RemoteSettings.defaults(host, port, who, facilitatorToken);
        if (protocolVersion != null) {
            String[] v = protocolVersion.split("\\.");
            try {
                settings = settings.withVersion(Integer.parseInt(v[0]), v.length > 1 ? Integer.parseInt(v[1]) : 0);
            } catch (NumberFormatException e) {
                err.println("casus play: --protocol-version takes MAJOR.MINOR, got '" + protocolVersion + "'");
                return BAD_INPUT;
            }
        }
        if (script != null || !stdinIsTerminal) {
            return scripted(settings, out, err);
        }
        return interactive(settings, err);
    }

    private int scripted(RemoteSettings settings, PrintWriter out, PrintWriter err) throws IOException {
        BufferedReader in;
        String source;
        if (script == null || script.toString().equals("-")) {
            in = new BufferedReader(stdin);
            source = "standard input";
        } else {
            try {
                in = Files.newBufferedReader(script, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                err.println("casus play: no script at " + script);
                return BAD_INPUT;
            }
            source = script.toString();
        }
        PrintConsole console = new PrintConsole(out);
        try (in; PlayClient client = PlayClient.connect(settings, console, seatKeys())) {
            out.println(greeting(client.remote().welcome(), settings, Palette.plain()));
            out.flush();
            return new ScriptRunner(client.shell(), keepGoing).run(in, source, err);
        } catch (CannotConnectException e) {
            err.println("casus play: " + e.getMessage());
            return BAD_INPUT;
        }
    }

    private int interactive(RemoteSettings settings, PrintWriter err) throws IOException {
        try (Terminal terminal = TerminalBuilder.builder().system(true).name("casus").build()) {
            TerminalConsole console = new TerminalConsole(terminal, TerminalConsole.palette(terminal, System.getenv(), noColor));
            PlayClient client;
            try {
                client = PlayClient.connect(settings, console, seatKeys());
            } catch (CannotConnectException e) {
                err.println("casus play: " + e.getMessage());
                return BAD_INPUT;
            }
            try (client) {
                client.updates().onGone(() -> InteractiveLoop.wake(terminal));
                Path h = history != null ? history : home().resolve(".casus_history");
                return new InteractiveLoop(client.shell(), console, h).run(greeting(client.remote().welcome(), settings, console.palette()));
            }
        }
    }

    /** Where the seat keys are kept: --seats, else the user's data folder. */
    private SeatKeys seatKeys() {
        return SeatKeys.in(seats != null ? seats : SeatKeys.defaultDir(System.getenv(), home()));
    }

    /** $HOME, as terminal programs take it; Java's user.home comes from the password database instead. */
    static Path home() {
        String h = System.getenv("HOME");
        return Path.of(h != null && !h.isBlank() ? h : System.getProperty("user.home"));
    }

    static String greeting(Welcome w, RemoteSettings s, Palette p) {
        return "connected to " + s.address() + " (" + w.getServerName() + ") as " + p.bold(s.name())
                + (w.getFacilitator() ? ", facilitator: 'create SCENARIO' makes a session" : "")
                + ". 'help' lists the commands" + (p.enabled() ? "; Tab completes them" : "") + ".";
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Play.class.getPackage().getImplementationVersion();
            return new String[] {"casus play " + (v == null ? "development" : v)};
        }
    }
}
