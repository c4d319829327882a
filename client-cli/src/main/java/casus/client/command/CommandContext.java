package casus.client.command;

import casus.client.net.Requester;
import casus.client.view.SessionView;
import casus.v1.ClientMessage;
import casus.v1.ServerMessage;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/** What every command works with: the connection, the view of the session, the console, the feed. */
public final class CommandContext {
    private final Requester remote;
    private final SessionView view;
    private final Console console;
    private final SeatKeys seatKeys;
    private final AtomicReference<Feed> feed = new AtomicReference<>(Feed.BRIEF);
    private volatile String gone;
    private volatile boolean quit;

    public CommandContext(Requester remote, SessionView view, Console console) {
        this(remote, view, console, SeatKeys.memory());
    }

    public CommandContext(Requester remote, SessionView view, Console console, SeatKeys seatKeys) {
        this.remote = remote;
        this.view = view;
        this.console = console;
        this.seatKeys = seatKeys;
    }

    /** The seat keys this client was given. */
    public SeatKeys seatKeys() {
        return seatKeys;
    }

    /**
     * Keeps the seat key of a briefing, for the session joined; returns a line to show when it
     * cannot be kept, else null.
     */
    public String keepSeatKey(casus.v1.Briefing b) {
        if (b.getSeatKey().isEmpty() || view.sessionId().isEmpty()) {
            return null;
        }
        try {
            seatKeys.keep(remote.address(), view.sessionId(), view.joinCode(), b.getState(), remote.name(), b.getSeatKey());
            return null;
        } catch (java.io.UncheckedIOException e) {
            return e.getMessage() + "; 'reclaim' will not be able to take the seat back from another terminal";
        }
    }

    /** Forgets the seat key of a state of the session joined: the seat is no longer this person's. */
    public void forgetSeatKey(String state) {
        if (state.isEmpty() || view.sessionId().isEmpty()) {
            return;
        }
        try {
            seatKeys.forget(remote.address(), view.sessionId(), state);
        } catch (java.io.UncheckedIOException e) {
            // a stale key only gets refused later
        }
    }

    public Requester remote() {
        return remote;
    }

    public SessionView view() {
        return view;
    }

    public Console console() {
        return console;
    }

    public Feed feed() {
        return feed.get();
    }

    public void feed(Feed f) {
        feed.set(f);
    }

    /** Asks the server; see {@link Requester#call}. */
    public ServerMessage call(ClientMessage.Builder request) {
        return remote.call(request);
    }

    public ServerMessage call(ClientMessage.Builder request, Duration timeout) {
        return remote.call(request, timeout);
    }

    /** The session joined, or a refusal saying to join one. */
    public String sessionId() {
        String id = view.sessionId();
        if (id.isEmpty()) {
            throw new UsageException("join a session first ('sessions' lists them)");
        }
        return id;
    }

    /** The state this client plays, or a refusal saying to take one. */
    public String controlled() {
        sessionId();
        String s = view.controlled();
        if (s.isEmpty()) {
            throw new UsageException("take a state first ('who' shows which are free)");
        }
        return s;
    }

    /** A state id of the session, as typed in any case, or a refusal naming the states. */
    public String state(String typed) {
        sessionId();
        for (casus.v1.StateInfo s : view.states()) {
            if (s.getId().equalsIgnoreCase(typed)) {
                return s.getId();
            }
        }
        StringBuilder ids = new StringBuilder();
        view.states().forEach(s -> ids.append(ids.length() == 0 ? "" : ", ").append(s.getId()));
        throw new UsageException("no state '" + typed + "' in this session (states: " + ids + ")");
    }

    /**
     * Waits until the view satisfies a condition; a person's Ctrl-C interrupts it.
     *
     * @return whether it did within the timeout
     */
    public boolean await(Predicate<SessionView> condition, Duration timeout) {
        try {
            return view.await(condition, timeout.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UsageException("interrupted");
        }
    }

    /** A person asked to leave the client. */
    public void quit() {
        quit = true;
    }

    public boolean quitting() {
        return quit;
    }

    /** The connection is gone for good, and why. */
    public void gone(String why) {
        gone = why;
    }

    /** Why the connection is gone for good, or null while it is up or being restored. */
    public String goneWhy() {
        return gone;
    }
}
