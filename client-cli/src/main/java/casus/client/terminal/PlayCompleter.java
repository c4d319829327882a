package casus.client.terminal;

import casus.client.command.CommandContext;
import casus.client.command.Commands;
import casus.client.command.Requests;
import casus.client.command.SeatKeys;
import casus.client.net.ClientException;
import casus.client.view.SessionView;
import casus.v1.ActionList;
import casus.v1.CatalogueEvent;
import casus.v1.Control;
import casus.v1.Decision;
import casus.v1.Option;
import casus.v1.ScenarioInfo;
import casus.v1.SessionInfo;
import casus.v1.StateInfo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Tab completion: command names; then, by command, session codes (those with a seat key kept,
 * for reclaim), scenarios, states (free ones for take, played ones for takeback), the parts of
 * today's options for do, injectable events, players, channels for say and history, the words
 * of seat, command names for help; option names and the values of options that have a few.
 * What the view does not know yet (the session list, today's options) is asked for briefly.
 */
public final class PlayCompleter implements Completer {
    /** How long completion waits for the server. */
    static final Duration ASK = Duration.ofSeconds(1);
    /** How long a fetched session list serves. */
    static final long FRESH_MILLIS = 5000;

    private final CommandContext ctx;
    private long sessionsFetched;

    public PlayCompleter(CommandContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        candidates.addAll(candidates(line.words(), line.wordIndex()));
    }

    /** The candidates for word {@code index} of a line split into {@code words}. */
    public List<Candidate> candidates(List<String> words, int index) {
        List<Candidate> out = new ArrayList<>();
        if (index == 0) {
            for (Commands.Entry e : Commands.all()) {
                out.add(new Candidate(e.name(), e.name(), e.group(), Commands.summary(Commands.commandLine(e, ctx)), null, null, true));
            }
            return out;
        }
        Commands.Entry e = Commands.find(words.get(0));
        if (e == null) {
            return out;
        }
        CommandLine.Model.CommandSpec spec = Commands.commandLine(e, ctx).getCommandSpec();
        String current = index < words.size() ? words.get(index) : "";
        OptionSpec valueOf = index > 1 ? spec.findOption(words.get(index - 1)) : null;
        if (valueOf != null && valueOf.arity().max() > 0) {
            optionValues(valueOf, out);
            return out;
        }
        if (current.startsWith("-")) {
            for (OptionSpec o : spec.options()) {
                for (String n : o.names()) {
                    if (n.startsWith("--")) {
                        out.add(new Candidate(n, n, null, o.description().length > 0 ? firstSentence(o.description()[0]) : null, null, null,
                                true));
                    }
                }
            }
            return out;
        }
        List<String> before = positionals(spec, words, index);
        positional(e.name(), before, out);
        return out;
    }

    /** The positional words typed before word {@code index}, option names and their values left out. */
    private static List<String> positionals(CommandLine.Model.CommandSpec spec, List<String> words, int index) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i < index && i < words.size(); i++) {
            String w = words.get(i);
            OptionSpec o = w.startsWith("-") ? spec.findOption(w) : null;
            if (o != null) {
                if (o.arity().max() > 0) {
                    i++;
                }
            } else if (!w.startsWith("-")) {
                out.add(w);
            }
        }
        return out;
    }

    private void positional(String verb, List<String> before, List<Candidate> out) {
        int at = before.size();
        switch (verb) {
            case "join" -> {
                if (at == 0) {
                    sessions(out);
                }
            }
            case "take" -> {
                if (at == 0) {
                    states(out, Mode.FREE);
                }
            }
            case "takeback" -> {
                if (at == 0) {
                    states(out, Mode.PLAYED);
                }
            }
            case "reclaim" -> {
                if (at == 0) {
                    keptSessions(out);
                }
            }
            case "seat" -> seat(before, out);
            case "status", "actions" -> {
                if (at == 0) {
                    states(out, Mode.ALL);
                }
            }
            case "msg" -> {
                if (at == 0) {
                    states(out, Mode.ALL);
                    out.add(new Candidate("all", "all", null, "everyone: a public statement", null, null, true));
                }
            }
            case "say", "history" -> {
                if (at == 0) {
                    channels(out);
                }
            }
            case "channel" -> {
                if (at == 0) {
                    for (String w : new String[] {"create", "add", "remove", "close"}) {
                        out.add(new Candidate(w, w, null, null, null, null, true));
                    }
                } else if (at == 1 && !before.get(0).equalsIgnoreCase("create")) {
                    channels(out);
                } else if (at >= 2 && !before.get(0).equalsIgnoreCase("close")) {
                    states(out, Mode.ALL);
                    out.add(new Candidate("facilitator", "facilitator", null, "yourself, the facilitator", null, null, true));
                }
            }
            case "do" -> options(before, out);
            case "inject" -> {
                if (at == 0) {
                    for (CatalogueEvent c : ctx.view().catalogue()) {
                        out.add(new Candidate(c.getId(), c.getId(), null, c.getDescription(), null, null, true));
                    }
                }
            }
            case "create", "scenarios" -> {
                if (at == 0) {
                    scenarios(out);
                }
            }
            case "help" -> {
                if (at == 0) {
                    for (Commands.Entry c : Commands.all()) {
                        out.add(new Candidate(c.name(), c.name(), null, null, null, null, true));
                    }
                }
            }
            case "kick" -> {
                if (at == 0) {
                    for (Control c : ctx.view().controls().values()) {
                        if (!c.getController().isEmpty()) {
                            out.add(new Candidate(c.getController(), c.getController(), null, "plays " + c.getState(), null, null, true));
                        }
                    }
                }
            }
            case "wait" -> {
                if (at == 0) {
                    for (String w : new String[] {"day", "running", "end"}) {
                        out.add(new Candidate(w, w, null, null, null, null, true));
                    }
                }
            }
            default -> {
                // nothing to offer
            }
        }
    }

    /** The sessions of this server for which a seat key is kept. */
    private void keptSessions(List<Candidate> out) {
        Map<String, String> codes = new LinkedHashMap<>();
        for (SeatKeys.Kept k : ctx.seatKeys().of(ctx.remote().address())) {
            codes.putIfAbsent(k.joinCode(), "your seat " + k.state() + " (" + k.name() + ")");
        }
        codes.forEach((code, desc) -> out.add(new Candidate(code, code, null, desc, null, null, true)));
    }

    /** seat STATE, then to or away, then a person's name or what the seat does while its player is away. */
    private void seat(List<String> before, List<Candidate> out) {
        switch (before.size()) {
            case 0 -> states(out, Mode.ALL);
            case 1 -> {
                out.add(new Candidate("to", "to", null, "hand the seat to a named person", null, null, true));
                out.add(new Candidate("away", "away", null, "what the seat does while its player is away", null, null, true));
            }
            case 2 -> {
                if (before.get(1).equalsIgnoreCase("away")) {
                    out.add(new Candidate("agent", "agent", null, "the agent plays while they are away", null, null, true));
                    out.add(new Candidate("hold", "hold", null, "the day waits for them", null, null, true));
                    out.add(new Candidate("session", "session", null, "as the session's absent policy", null, null, true));
                } else if (before.get(1).equalsIgnoreCase("to")) {
                    java.util.Set<String> names = new java.util.LinkedHashSet<>();
                    for (Control c : ctx.view().controls().values()) {
                        if (!c.getHeldFor().isEmpty()) {
                            names.add(c.getHeldFor());
                        } else if (!c.getController().isEmpty()) {
                            names.add(c.getController());
                        }
                    }
                    for (String n : names) {
                        out.add(new Candidate(n, n, null, null, null, null, true));
                    }
                }
            }
            default -> {
                // nothing more
            }
        }
    }

    private enum Mode {
        ALL, FREE, PLAYED
    }

    private void states(List<Candidate> out, Mode mode) {
        SessionView v = ctx.view();
        Map<String, Control> controls = v.controls();
        for (StateInfo s : v.states()) {
            Control c = controls.get(s.getId());
            boolean played = c != null && !c.getController().isEmpty();
            if (mode == Mode.FREE && played || mode == Mode.PLAYED && !played) {
                continue;
            }
            String desc = s.getName() + (played ? ", played by " + c.getController() : "");
            out.add(new Candidate(s.getId(), s.getId(), null, desc, null, null, true));
        }
    }

    /** The channels this client reads, asked for when the view knows none yet. */
    private void channels(List<Candidate> out) {
        List<casus.v1.Channel> list = ctx.view().channels();
        if (list.isEmpty() && !ctx.view().sessionId().isEmpty()) {
            try {
                casus.v1.ChannelList got = ctx.call(Requests.channels(ctx.view().sessionId()), ASK).getChannelList();
                ctx.view().channels(got);
                list = got.getChannelsList();
            } catch (ClientException e) {
                // nothing to offer
            }
        }
        for (casus.v1.Channel c : list) {
            if (!c.getClosed()) {
                out.add(new Candidate(c.getName(), c.getName(), null, String.join(", ", c.getStatesList())
                        + (c.getFacilitator() ? ", the facilitator" : ""), null, null, true));
            }
        }
    }

    private void sessions(List<Candidate> out) {
        List<SessionInfo> list = ctx.view().knownSessions();
        if (list.isEmpty() || System.currentTimeMillis() - sessionsFetched > FRESH_MILLIS) {
            try {
                list = ctx.call(Requests.sessions(), ASK).getSessionList().getSessionsList();
                ctx.view().sessions(list);
                sessionsFetched = System.currentTimeMillis();
            } catch (ClientException e) {
                // offer what is known
            }
        }
        for (SessionInfo s : list) {
            out.add(new Candidate(s.getJoinCode(), s.getJoinCode(), null, s.getSettings().getScenario() + ", day " + s.getDay() + "/" + s.getDays(),
                    null, null, true));
        }
    }

    private void scenarios(List<Candidate> out) {
        List<ScenarioInfo> list = ctx.view().knownScenarios();
        if (list.isEmpty()) {
            try {
                list = ctx.call(Requests.scenarios(), ASK).getScenarioList().getScenariosList();
                ctx.view().scenarios(list);
            } catch (ClientException e) {
                // nothing to offer
            }
        }
        for (ScenarioInfo s : list) {
            out.add(new Candidate(s.getName(), s.getName(), null, s.getTitle(), null, null, true));
        }
    }

    /** Today's options for do, a word a part: "request", then the treaty, then the article. */
    private void options(List<String> typed, List<Candidate> out) {
        ActionList a = todaysActions();
        if (a == null) {
            return;
        }
        Map<String, String> next = new LinkedHashMap<>();
        for (Decision d : a.getDecisionsList()) {
            for (Option o : d.getOptionsList()) {
                String[] parts = o.getKey().split(":");
                if (parts.length <= typed.size() || !prefix(parts, typed)) {
                    continue;
                }
                String part = parts[typed.size()];
                boolean last = parts.length == typed.size() + 1;
                String desc = last ? o.getText() + (o.getKey().equals(d.getAdvice()) ? " (advice)" : "") : null;
                next.merge(part, desc == null ? "" : desc, (x, y) -> x.isEmpty() ? y : x);
            }
        }
        for (Map.Entry<String, String> n : next.entrySet()) {
            out.add(new Candidate(n.getKey(), n.getKey(), null, n.getValue().isEmpty() ? null : n.getValue(), null, null, true));
        }
    }

    private static boolean prefix(String[] parts, List<String> typed) {
        for (int i = 0; i < typed.size(); i++) {
            if (!parts[i].equalsIgnoreCase(typed.get(i))) {
                return false;
            }
        }
        return true;
    }

    private ActionList todaysActions() {
        SessionView v = ctx.view();
        ActionList a = v.actions();
        if ((a == null || a.getDay() != v.day()) && !v.controlled().isEmpty()) {
            try {
                a = ctx.call(Requests.actions(v.sessionId(), v.controlled()), ASK).getActionList();
                v.actions(a);
            } catch (ClientException e) {
                // offer what is known
            }
        }
        return a;
    }

    private void optionValues(OptionSpec o, List<Candidate> out) {
        if (o.longestName().equals("--decision")) {
            ActionList a = todaysActions();
            if (a != null) {
                for (Decision d : a.getDecisionsList()) {
                    out.add(new Candidate(d.getKey(), d.getKey(), null, d.getKind(), null, null, true));
                }
            }
            return;
        }
        Iterable<String> values = o.completionCandidates();
        if (values != null) {
            for (String v : values) {
                out.add(new Candidate(v.toLowerCase(Locale.ROOT), v.toLowerCase(Locale.ROOT), null, null, null, null, true));
            }
        }
    }

    private static String firstSentence(String s) {
        int stop = s.indexOf(". ");
        return stop < 0 ? s : s.substring(0, stop);
    }
}
