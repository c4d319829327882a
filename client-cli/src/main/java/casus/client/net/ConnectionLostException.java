package casus.client.net;

/** There was no connection to carry a request, or it closed before the reply came. */
public final class ConnectionLostException extends ClientException {
    private static final long serialVersionUID = 1L;

    public ConnectionLostException(String message) {
        super(message);
    }
}
