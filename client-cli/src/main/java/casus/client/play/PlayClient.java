package casus.client.play;

import casus.client.command.CommandContext;
import casus.client.command.Console;
import casus.client.command.SeatKeys;
import casus.client.command.Shell;
import casus.client.net.Remote;
import casus.client.net.RemoteSettings;
import casus.client.view.SessionView;

/** A client connected to a server: its connection, its view of the session, its commands. */
public final class PlayClient implements AutoCloseable {
    private final Remote remote;
    private final SessionView view;
    private final LiveUpdates updates;
    private final Shell shell;

    private PlayClient(Remote remote, SessionView view, LiveUpdates updates, Console console, SeatKeys keys) {
        this.remote = remote;
        this.view = view;
        this.updates = updates;
        view.me(remote.welcome().getClientId());
        CommandContext ctx = new CommandContext(remote, view, console, keys);
        updates.attach(ctx);
        this.shell = new Shell(ctx);
    }

    /**
     * Connects and greets the server.
     *
     * @throws casus.client.net.CannotConnectException with one line saying why
     */
    public static PlayClient connect(RemoteSettings settings, Console console) {
        return connect(settings, console, SeatKeys.memory());
    }

    /**
     * Connects and greets the server; the seat keys it is given are kept in {@code keys}.
     *
     * @throws casus.client.net.CannotConnectException with one line saying why
     */
    public static PlayClient connect(RemoteSettings settings, Console console, SeatKeys keys) {
        SessionView view = new SessionView();
        LiveUpdates updates = new LiveUpdates(view, console);
        Remote remote = Remote.connect(settings, updates);
        return new PlayClient(remote, view, updates, console, keys);
    }

    public Remote remote() {
        return remote;
    }

    public SessionView view() {
        return view;
    }

    public Shell shell() {
        return shell;
    }

    public LiveUpdates updates() {
        return updates;
    }

    @Override
    public void close() {
        remote.close();
    }
}
