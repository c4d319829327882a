package casus.server.testing;

import casus.v1.ClientMessage;
import casus.v1.ErrorCode;
import casus.v1.Hello;
import casus.v1.ServerMessage;
import casus.v1.TickUpdate;
import casus.v1.Welcome;
import com.google.protobuf.CodedInputStream;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/**
 * A client for tests, on a plain blocking socket, independent of the server's own codec: writes
 * length-delimited ClientMessages, and a reader thread sorts what comes back into replies (by
 * request id) and pushes. It can also write raw bytes, and stop reading.
 */
public final class TestClient implements AutoCloseable {
    public static final Duration WAIT = Exchange.WAIT;

    private final Socket socket;
    private final OutputStream out;
    private final Exchange exchange = new Exchange(this::send);
    private final Thread reader;
    private volatile boolean reading = true;
    private volatile Welcome welcome;

    private TestClient(Socket socket, boolean startReading) throws IOException {
        this.socket = socket;
        this.out = socket.getOutputStream();
        this.reader = new Thread(this::read, "test-client-reader");
        reader.setDaemon(true);
        if (startReading) {
            reader.start();
        }
    }

    public static TestClient connect(InetSocketAddress at) {
        return connect(at, true);
    }

    /** A client that reads nothing until {@link #startReading()}; its receive buffer is small. */
    public static TestClient connect(InetSocketAddress at, boolean reading) {
        try {
            Socket s = new Socket();
            if (!reading) {
                s.setReceiveBufferSize(4096);
            }
            s.connect(at, 5000);
            s.setTcpNoDelay(true);
            return new TestClient(s, reading);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void startReading() {
        if (!reader.isAlive()) {
            reader.start();
        }
    }

    /** Says Hello as a player or spectator. */
    public Welcome hello(String name) {
        return hello(Hello.newBuilder().setClientName(name));
    }

    public Welcome hello(Hello.Builder h) {
        welcome = exchange.hello(h, 0);
        return welcome;
    }

    public Welcome welcome() {
        return welcome;
    }

    /** Sends a request and waits for its reply (a reply or an error). */
    public ServerMessage call(ClientMessage.Builder b) {
        return exchange.call(b);
    }

    /** Sends a request expected to succeed, and returns its reply. */
    public ServerMessage ok(ClientMessage.Builder b) {
        return exchange.ok(b);
    }

    /** Sends a request expected to be refused with {@code code}, and returns the error's message. */
    public String refused(ClientMessage.Builder b, ErrorCode code) {
        return exchange.refused(b, code);
    }

    public void send(ClientMessage m) {
        try {
            synchronized (out) {
                m.writeDelimitedTo(out);
                out.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void sendRaw(byte[] bytes) {
        try {
            synchronized (out) {
                out.write(bytes);
                out.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next push that matches, waiting up to {@code wait}; earlier non-matching pushes are dropped. */
    public ServerMessage push(Predicate<ServerMessage> p, Duration wait) {
        return exchange.push(p, wait);
    }

    public TickUpdate nextTick(Duration wait) {
        return push(ServerMessage::hasTickUpdate, wait).getTickUpdate();
    }

    /** The tick update of a given day, skipping earlier ones. */
    public TickUpdate tick(int day, Duration wait) {
        return exchange.tick(day, wait);
    }

    /** Every push received and not yet taken. */
    public List<ServerMessage> drainPushes() {
        return exchange.drainPushes();
    }

    /** Whether the server closed the connection within {@code wait}. */
    public boolean awaitClosed(Duration wait) {
        return exchange.awaitClosed(wait);
    }

    private void read() {
        try {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            while (reading) {
                int first = in.read();
                if (first < 0) {
                    break;
                }
                int size = CodedInputStream.readRawVarint32(first, in);
                exchange.received(ServerMessage.parseFrom(in.readNBytes(size)));
            }
        } catch (IOException e) {
            // the connection closed
        } finally {
            exchange.closed();
        }
    }

    @Override
    public void close() {
        reading = false;
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
