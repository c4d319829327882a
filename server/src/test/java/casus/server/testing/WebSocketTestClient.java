package casus.server.testing;

import casus.v1.ClientMessage;
import casus.v1.ErrorCode;
import casus.v1.Hello;
import casus.v1.ServerMessage;
import casus.v1.TickUpdate;
import casus.v1.Welcome;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.util.JsonFormat;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * A client for tests over the server's WebSocket, on the JDK's own WebSocket client (independent
 * of the server's codec): each ClientMessage is one message, binary protobuf or JSON text.
 */
public final class WebSocketTestClient implements AutoCloseable {
    private static final JsonFormat.Printer PRINTER = JsonFormat.printer();
    private static final JsonFormat.Parser PARSER = JsonFormat.parser();

    private final boolean json;
    private final Exchange exchange;
    private final WebSocket socket;
    private final List<String> texts = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile int closeCode = -1;
    private volatile Welcome welcome;

    private WebSocketTestClient(URI uri, boolean json, Map<String, String> headers) {
        this.json = json;
        this.exchange = new Exchange(this::send);
        WebSocket.Builder b = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5));
        headers.forEach(b::header);
        this.socket = b.buildAsync(uri, new Reader()).orTimeout(10, TimeUnit.SECONDS).join();
    }

    /** Connects to {@code ws://HOST:PORT/ws}, speaking JSON or binary protobuf. */
    public static WebSocketTestClient connect(InetSocketAddress at, boolean json) {
        return connect(at, json, Map.of());
    }

    public static WebSocketTestClient connect(InetSocketAddress at, boolean json, Map<String, String> headers) {
        return new WebSocketTestClient(URI.create("ws://" + at.getHostString() + ":" + at.getPort() + "/ws"), json, headers);
    }

    public Welcome hello(String name) {
        return hello(Hello.newBuilder().setClientName(name));
    }

    public Welcome hello(Hello.Builder h) {
        welcome = exchange.hello(h, 1);
        return welcome;
    }

    public Welcome welcome() {
        return welcome;
    }

    public ServerMessage call(ClientMessage.Builder b) {
        return exchange.call(b);
    }

    public ServerMessage ok(ClientMessage.Builder b) {
        return exchange.ok(b);
    }

    public String refused(ClientMessage.Builder b, ErrorCode code) {
        return exchange.refused(b, code);
    }

    public Exchange exchange() {
        return exchange;
    }

    public TickUpdate tick(int day, Duration wait) {
        return exchange.tick(day, wait);
    }

    /** Every text message received, as sent: to check the JSON itself. */
    public List<String> texts() {
        return texts;
    }

    public void send(ClientMessage m) {
        try {
            if (json) {
                socket.sendText(PRINTER.print(m), true).join();
            } else {
                socket.sendBinary(ByteBuffer.wrap(m.toByteArray()), true).join();
            }
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException(e);
        }
    }

    public void sendText(String text) {
        socket.sendText(text, true).join();
    }

    /** The close code the server sent, or -1 while open (1006 when the connection dropped without one). */
    public int closeCode() {
        return closeCode;
    }

    public boolean awaitClosed(Duration wait) {
        return exchange.awaitClosed(wait);
    }

    @Override
    public void close() {
        socket.abort();
    }

    private final class Reader implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();
        private final ByteArrayOutputStream binary = new ByteArrayOutputStream();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                String s = text.toString();
                text.setLength(0);
                texts.add(s);
                ServerMessage.Builder b = ServerMessage.newBuilder();
                try {
                    PARSER.merge(s, b);
                } catch (InvalidProtocolBufferException e) {
                    throw new AssertionError("not a ServerMessage in JSON: " + s, e);
                }
                exchange.received(b.build());
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket ws, ByteBuffer data, boolean last) {
            byte[] b = new byte[data.remaining()];
            data.get(b);
            binary.writeBytes(b);
            if (last) {
                try {
                    exchange.received(ServerMessage.parseFrom(binary.toByteArray()));
                } catch (InvalidProtocolBufferException e) {
                    throw new AssertionError("not a ServerMessage", e);
                }
                binary.reset();
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
            closeCode = statusCode;
            exchange.closed();
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            closeCode = 1006;
            exchange.closed();
        }
    }
}
