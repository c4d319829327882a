package casus.client.view;

import casus.v1.ActionList;
import casus.v1.Briefing;
import casus.v1.CatalogueEvent;
import casus.v1.Control;
import casus.v1.EventRecord;
import casus.v1.Happening;
import casus.v1.Indicator;
import casus.v1.Joined;
import casus.v1.MessageDelivered;
import casus.v1.Role;
import casus.v1.ScenarioInfo;
import casus.v1.SessionEnded;
import casus.v1.SessionInfo;
import casus.v1.SessionNotice;
import casus.v1.SessionPhase;
import casus.v1.SessionSettings;
import casus.v1.Situation;
import casus.v1.StateInfo;
import casus.v1.SubmitResult;
import casus.v1.TickUpdate;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The session this client has joined, as far as it knows it. Thread-safe: every method holds the
 * view's lock, and what it returns is a copy.
 */
public final class SessionView {
    /** How many days of updates {@code log} can go back. */
    public static final int KEPT_TICKS = 400;
    /** How many messages are kept. */
    public static final int KEPT_MESSAGES = 500;

    private SessionInfo session;
    /** This client's id, as the server's welcome gave it. */
    private String me = "";
    private Role role = Role.ROLE_UNSPECIFIED;
    private String controlled = "";
    private final List<StateInfo> states = new ArrayList<>();
    private final List<CatalogueEvent> catalogue = new ArrayList<>();
    private int day;
    private String date = "";
    private SessionPhase phase = SessionPhase.SESSION_PHASE_UNSPECIFIED;
    private casus.v1.SeatBoard board;
    private final Map<String, Double> indicators = new LinkedHashMap<>();
    private final Map<String, Double> firstSeen = new LinkedHashMap<>();
    private int firstSeenDay = -1;
    private List<Indicator> opening = List.of();
    private final Map<String, Control> controls = new LinkedHashMap<>();
    private final List<EventRecord> today = new ArrayList<>();
    private final Deque<TickUpdate> ticks = new ArrayDeque<>();
    private final Deque<MessageDelivered> messages = new ArrayDeque<>();
    /** The channels this client may read, by name, as the server last listed or changed them. */
    private final Map<String, casus.v1.Channel> channels = new LinkedHashMap<>();
    private final Set<String> suspended = new LinkedHashSet<>();
    private ActionList actions;
    private Briefing briefing;
    private int briefingDay = -1;
    private SessionEnded ended;
    private List<SessionInfo> knownSessions = List.of();
    private List<ScenarioInfo> knownScenarios = List.of();
    private long version;

    // --- what the server said --------------------------------------------------------------------

    /** A session joined or created: its whole situation. */
    public synchronized void joined(Joined j) {
        boolean same = session != null && session.getSessionId().equals(j.getSession().getSessionId());
        if (!same) {
            clearSession();
        }
        session = j.getSession();
        role = j.getRole();
        controlled = j.getControlledState();
        if (j.getCatalogueCount() > 0) {
            catalogue.clear();
            catalogue.addAll(j.getCatalogueList());
        }
        if (j.hasSituation()) {
            situation(j.getSituation());
        }
        if (controlled.isEmpty()) {
            briefing = null;
        }
        changed();
    }

    private void situation(Situation s) {
        day = s.getDay();
        date = s.getDate();
        phase = s.getPhase();
        if (s.getStatesCount() > 0) {
            states.clear();
            states.addAll(s.getStatesList());
        }
        indicators.clear();
        for (Indicator i : s.getIndicatorsList()) {
            indicators.put(i.getKey(), i.getValue());
        }
        if (firstSeenDay < 0) {
            firstSeen.putAll(indicators);
            firstSeenDay = day;
        }
        if (day == 0 && opening.isEmpty() && (phase == SessionPhase.WAITING || phase == SessionPhase.RUNNING || phase == SessionPhase.PAUSED)
                && ticks.isEmpty()) {
            opening = List.copyOf(s.getIndicatorsList());
        }
        controls.clear();
        for (Control c : s.getControlsList()) {
            controls.put(c.getState(), c);
        }
        today.clear();
        today.addAll(s.getEventsList());
    }

    /** A tick was played. */
    public synchronized void tick(TickUpdate u) {
        if (!inSession(u.getSessionId())) {
            return;
        }
        ticks.addLast(u);
        while (ticks.size() > KEPT_TICKS) {
            ticks.removeFirst();
        }
        day = u.getDay() + 1;
        date = nextDate(u.getDate());
        for (Indicator i : u.getChangedList()) {
            indicators.put(i.getKey(), i.getValue());
        }
        today.clear();
        for (Happening h : u.getHappeningsList()) {
            if (h.getKind() == Happening.Kind.EVENT_FIRED && h.getDay() == day) {
                today.add(EventRecord.newBuilder().setDay(h.getDay()).setId(h.getEventId()).setText(h.getText())
                        .setInjected(h.getInjected()).build());
            }
            if (h.getKind() == Happening.Kind.DECISION && h.getOption().startsWith("suspend:")) {
                suspended.add(h.getActor() + " in " + h.getTreaty());
            }
        }
        for (MessageDelivered m : u.getMessagesList()) {
            if (m.getToCount() == 0 && !containsMessage(m)) {
                addMessage(m);
            }
        }
        changed();
    }

    /** This client's id: the server's welcome names it, and a new one after a reconnection it did not resume. */
    public synchronized void me(String clientId) {
        me = clientId;
    }

    /**
     * Something changed between ticks. Returns the state this client played and lost by it (the
     * agent plays it again, or the facilitator handed it to someone else), else "".
     */
    public synchronized String notice(SessionNotice n) {
        if (!inSession(n.getSessionId())) {
            return "";
        }
        if (n.getPhase() != SessionPhase.SESSION_PHASE_UNSPECIFIED) {
            phase = n.getPhase();
        }
        String lost = "";
        if (n.hasControl()) {
            Control c = n.getControl();
            controls.put(c.getState(), c);
            boolean other = !c.getClientId().isEmpty() && !me.isEmpty() && !c.getClientId().equals(me);
            if (c.getState().equals(controlled) && (c.getController().isEmpty() || c.getAway() || other)) {
                lost = controlled;
                controlled = "";
                briefing = null;
            }
        }
        if (n.hasEvent() && n.getEvent().getDay() == day) {
            today.add(n.getEvent());
        }
        if (n.getKind().equals("tick-length") && session != null) {
            changed();
        }
        changed();
        return lost;
    }

    /**
     * The seat board changed; returns what the day now waits for when that changed (to print it),
     * else null.
     */
    public synchronized String seats(casus.v1.SeatBoard b) {
        String before = board == null ? "" : board.getWaitingFor();
        board = b;
        phase = b.getPhase();
        return b.getWaitingFor().equals(before) ? null : b.getWaitingFor();
    }

    /** What the coming day waits for, as the server last said; "" before it said. */
    public synchronized String waitingFor() {
        return board == null ? "" : board.getWaitingFor();
    }

    public synchronized void message(MessageDelivered m) {
        if (inSession(m.getSessionId()) && !containsMessage(m)) {
            addMessage(m);
            changed();
        }
    }

    /** The channels the server listed. */
    public synchronized void channels(casus.v1.ChannelList list) {
        if (inSession(list.getSessionId())) {
            channels.clear();
            list.getChannelsList().forEach(c -> channels.put(c.getName(), c));
            changed();
        }
    }

    /** A channel created or changed: kept while this client reads it, forgotten when it no longer does. */
    public synchronized void channel(casus.v1.ChannelNotice n) {
        if (inSession(n.getSessionId())) {
            casus.v1.Channel c = n.getChannel();
            if (role == Role.FACILITATOR || c.getStatesList().contains(controlled)) {
                channels.put(c.getName(), c);
            } else {
                channels.remove(c.getName());
            }
            changed();
        }
    }

    public synchronized void ended(SessionEnded e) {
        if (inSession(e.getSessionId())) {
            ended = e;
            phase = SessionPhase.ENDED;
            changed();
        }
    }

    /** This client took control of a state. */
    public synchronized void took(Briefing b) {
        briefing = b;
        briefingDay = b.getDay();
        controlled = b.getState();
        if (b.hasActions()) {
            actions = b.getActions();
        }
        changed();
    }

    /** This client handed its state back, or the facilitator took it. */
    public synchronized void released() {
        controlled = "";
        briefing = null;
        actions = null;
        changed();
    }

    public synchronized void actions(ActionList a) {
        actions = a;
        changed();
    }

    public synchronized void submitted(SubmitResult r) {
        changed();
    }

    /** The client left the session. */
    public synchronized void left() {
        clearSession();
        session = null;
        changed();
    }

    public synchronized void sessions(List<SessionInfo> list) {
        knownSessions = List.copyOf(list);
    }

    public synchronized void scenarios(List<ScenarioInfo> list) {
        knownScenarios = List.copyOf(list);
    }

    /** The tick length or deadline changed, as the facilitator set it. */
    public synchronized void settings(SessionSettings s) {
        if (session != null) {
            session = session.toBuilder().setSettings(s).build();
            changed();
        }
    }

    // --- reading ----------------------------------------------------------------------------

    public synchronized boolean joined() {
        return session != null;
    }

    /** The session joined, or null. */
    public synchronized SessionInfo session() {
        return session;
    }

    public synchronized String sessionId() {
        return session == null ? "" : session.getSessionId();
    }

    public synchronized String joinCode() {
        return session == null ? "" : session.getJoinCode();
    }

    public synchronized Role role() {
        return role;
    }

    /** The state this client controls, or "". */
    public synchronized String controlled() {
        return controlled;
    }

    public synchronized List<StateInfo> states() {
        return List.copyOf(states);
    }

    public synchronized String stateName(String id) {
        for (StateInfo s : states) {
            if (s.getId().equals(id)) {
                return s.getName();
            }
        }
        return id;
    }

    public synchronized boolean hasState(String id) {
        return states.stream().anyMatch(s -> s.getId().equals(id));
    }

    public synchronized List<CatalogueEvent> catalogue() {
        return List.copyOf(catalogue);
    }

    /** The day the next tick plays. */
    public synchronized int day() {
        return day;
    }

    /** The scenario's number of days. */
    public synchronized int days() {
        return session == null ? 0 : session.getDays();
    }

    /** The date of the day the next tick plays, YYYY-MM-DD. */
    public synchronized String date() {
        return date;
    }

    public synchronized SessionPhase phase() {
        return phase;
    }

    /** Every indicator's latest value, in the server's order. */
    public synchronized Map<String, Double> indicators() {
        return new LinkedHashMap<>(indicators);
    }

    /** Every indicator's value when this client first saw the session, and the day that was. */
    public synchronized Map<String, Double> firstSeen() {
        return new LinkedHashMap<>(firstSeen);
    }

    public synchronized int firstSeenDay() {
        return firstSeenDay;
    }

    /** Every indicator before the first tick, when this client saw the session then; else empty. */
    public synchronized List<Indicator> opening() {
        return opening;
    }

    /** Every indicator's latest value, as a list. */
    public synchronized List<Indicator> snapshot() {
        List<Indicator> out = new ArrayList<>();
        indicators.forEach((k, v) -> out.add(Indicator.newBuilder().setKey(k).setValue(v).build()));
        return out;
    }

    public synchronized Map<String, Control> controls() {
        return new LinkedHashMap<>(controls);
    }

    public synchronized List<EventRecord> today() {
        return List.copyOf(today);
    }

    /** The updates kept, oldest first. */
    public synchronized List<TickUpdate> ticks() {
        return List.copyOf(ticks);
    }

    public synchronized List<MessageDelivered> messages() {
        return List.copyOf(messages);
    }

    /** The channels known to this client, as last listed or changed. */
    public synchronized List<casus.v1.Channel> channels() {
        return List.copyOf(channels.values());
    }

    /** "STATE in TREATY" for each suspension seen. */
    public synchronized Set<String> suspensions() {
        return new LinkedHashSet<>(suspended);
    }

    /** The latest list of this client's legal actions, or null. */
    public synchronized ActionList actions() {
        return actions;
    }

    /** What this client was told when it took its state, or null. */
    public synchronized Briefing briefing() {
        return briefing;
    }

    public synchronized int briefingDay() {
        return briefingDay;
    }

    /** How the session ended, or null while it goes on. */
    public synchronized SessionEnded ending() {
        return ended;
    }

    public synchronized List<SessionInfo> knownSessions() {
        return knownSessions;
    }

    public synchronized List<ScenarioInfo> knownScenarios() {
        return knownScenarios;
    }

    /**
     * Waits until the view satisfies {@code condition}, re-checking whenever it changes.
     *
     * @return whether it did within the timeout
     */
    public synchronized boolean await(Predicate<SessionView> condition, long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (!condition.test(this)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    /** A counter that moves whenever the view changes. */
    public synchronized long version() {
        return version;
    }

    // --- inside -----------------------------------------------------------------------------

    private void changed() {
        version++;
        notifyAll();
    }

    private boolean inSession(String id) {
        return session != null && (id.isEmpty() || id.equals(session.getSessionId()));
    }

    private boolean containsMessage(MessageDelivered m) {
        for (MessageDelivered x : messages) {
            if (x.getSentUnixMicros() == m.getSentUnixMicros() && x.getText().equals(m.getText()) && x.getFromName().equals(m.getFromName())) {
                return true;
            }
        }
        return false;
    }

    private void addMessage(MessageDelivered m) {
        messages.addLast(m);
        while (messages.size() > KEPT_MESSAGES) {
            messages.removeFirst();
        }
    }

    private void clearSession() {
        role = Role.ROLE_UNSPECIFIED;
        controlled = "";
        states.clear();
        catalogue.clear();
        day = 0;
        date = "";
        phase = SessionPhase.SESSION_PHASE_UNSPECIFIED;
        indicators.clear();
        firstSeen.clear();
        firstSeenDay = -1;
        opening = List.of();
        controls.clear();
        today.clear();
        ticks.clear();
        messages.clear();
        channels.clear();
        suspended.clear();
        actions = null;
        briefing = null;
        briefingDay = -1;
        ended = null;
    }

    private static String nextDate(String played) {
        try {
            return LocalDate.parse(played).plusDays(1).toString();
        } catch (DateTimeParseException e) {
            return "";
        }
    }
}
