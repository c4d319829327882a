package casus.client.testing;

import casus.client.net.RefusedException;
import casus.client.net.Requester;
import casus.v1.ClientMessage;
import casus.v1.Error;
import casus.v1.ErrorCode;
import casus.v1.ServerMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A server in memory for the commands: canned answers by request kind, and every request kept. */
public final class FakeServer implements Requester {
    private final Map<ClientMessage.KindCase, Function<ClientMessage, ServerMessage>> answers = new EnumMap<>(ClientMessage.KindCase.class);
    private final List<ClientMessage> requests = new ArrayList<>();
    private boolean facilitator;

    public FakeServer answer(ClientMessage.KindCase kind, Function<ClientMessage, ServerMessage> reply) {
        answers.put(kind, reply);
        return this;
    }

    public FakeServer refuse(ClientMessage.KindCase kind, ErrorCode code, String message) {
        return answer(kind, m -> ServerMessage.newBuilder().setError(Error.newBuilder().setCode(code).setMessage(message)).build());
    }

    public FakeServer facilitator(boolean f) {
        facilitator = f;
        return this;
    }

    public synchronized List<ClientMessage> requests() {
        return List.copyOf(requests);
    }

    @Override
    public synchronized ServerMessage call(ClientMessage.Builder request, Duration timeout) {
        ClientMessage m = request.build();
        requests.add(m);
        Function<ClientMessage, ServerMessage> a = answers.get(m.getKindCase());
        ServerMessage reply = a == null ? ServerMessage.newBuilder().setAck(casus.v1.Ack.getDefaultInstance()).build() : a.apply(m);
        if (reply.hasError()) {
            throw new RefusedException(reply.getError());
        }
        return reply;
    }

    @Override
    public ServerMessage call(ClientMessage.Builder request) {
        return call(request, Duration.ofSeconds(1));
    }

    @Override
    public boolean facilitator() {
        return facilitator;
    }

    @Override
    public String address() {
        return "fake:0";
    }

    @Override
    public String name() {
        return "ana";
    }
}
