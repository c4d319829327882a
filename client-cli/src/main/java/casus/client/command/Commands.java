package casus.client.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import picocli.CommandLine;

/** Every command of the client, by group, made afresh for each use. */
public final class Commands {
    /** A command: its name, the group it is listed in, and how to make one. */
    public record Entry(String name, String group, Function<CommandContext, Verb> make) {
    }

    public static final String SESSION = "In a session";
    public static final String PLAYING = "Playing a state";
    public static final String FACILITATING = "Facilitating (with the token)";
    public static final String OTHER = "Other";

    private static final List<Entry> ALL = List.of(
            new Entry("sessions", SESSION, SessionsCommand::new),
            new Entry("scenarios", SESSION, ScenariosCommand::new),
            new Entry("join", SESSION, JoinCommand::new),
            new Entry("leave", SESSION, LeaveCommand::new),
            new Entry("who", SESSION, WhoCommand::new),
            new Entry("status", SESSION, StatusCommand::new),
            new Entry("log", SESSION, LogCommand::new),
            new Entry("watch", SESSION, WatchCommand::new),
            new Entry("wait", SESSION, WaitCommand::new),
            new Entry("take", PLAYING, TakeCommand::new),
            new Entry("reclaim", PLAYING, ReclaimCommand::new),
            new Entry("release", PLAYING, ReleaseCommand::new),
            new Entry("actions", PLAYING, ActionsCommand::new),
            new Entry("do", PLAYING, DoCommand::new),
            new Entry("ready", PLAYING, ReadyCommand::new),
            new Entry("msg", PLAYING, MsgCommand::new),
            new Entry("channels", PLAYING, ChannelsCommand::new),
            new Entry("say", PLAYING, SayCommand::new),
            new Entry("history", PLAYING, HistoryCommand::new),
            new Entry("create", FACILITATING, CreateCommand::new),
            new Entry("start", FACILITATING, PaceCommands.Start::new),
            new Entry("pause", FACILITATING, PaceCommands.Pause::new),
            new Entry("resume", FACILITATING, PaceCommands.Resume::new),
            new Entry("step", FACILITATING, PaceCommands.Step::new),
            new Entry("speed", FACILITATING, SpeedCommand::new),
            new Entry("inject", FACILITATING, InjectCommand::new),
            new Entry("takeback", FACILITATING, TakebackCommand::new),
            new Entry("seat", FACILITATING, SeatCommand::new),
            new Entry("kick", FACILITATING, KickCommand::new),
            new Entry("channel", FACILITATING, ChannelCommand::new),
            new Entry("end", FACILITATING, PaceCommands.End::new),
            new Entry("report", FACILITATING, ReportCommand::new),
            new Entry("help", OTHER, HelpCommand::new),
            new Entry("quit", OTHER, QuitCommand::new));

    private Commands() {
    }

    public static List<Entry> all() {
        return ALL;
    }

    /** Every name a command answers to, aliases included. */
    public static List<String> names() {
        List<String> out = new ArrayList<>();
        for (Entry e : ALL) {
            out.add(e.name());
            if (e.name().equals("quit")) {
                out.add("exit");
            }
        }
        return out;
    }

    /** The command a name means, or null. */
    public static Entry find(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals("exit")) {
            n = "quit";
        }
        for (Entry e : ALL) {
            if (e.name().equals(n)) {
                return e;
            }
        }
        return null;
    }

    /** A command line for one use of a command. */
    public static CommandLine commandLine(Entry e, CommandContext ctx) {
        CommandLine cl = new CommandLine(e.make().apply(ctx));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        if (e.name().equals("msg") || e.name().equals("say")) {
            // A message's words may look like flags.
            cl.setStopAtPositional(true);
        }
        cl.setUsageHelpWidth(Math.max(60, Math.min(120, ctx.console().width() <= 0 ? 100 : ctx.console().width())));
        return cl;
    }

    /** The first sentence of a command's description. */
    public static String summary(CommandLine cl) {
        String[] d = cl.getCommandSpec().usageMessage().description();
        String text = d.length == 0 ? "" : d[0];
        int stop = text.indexOf(". ");
        return stop < 0 ? text.replaceAll("\\.$", "") : text.substring(0, stop);
    }
}
