package casus.server.web;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The address students type: {@code http://HOST:PORT/}. A server bound to one address gives
 * that one; one bound to every address gives the first address of this machine that others can
 * reach (an IPv4 address of an interface that is up and not loopback), else loopback.
 */
public final class RoomAddress {
    private RoomAddress() {
    }

    public static String of(InetSocketAddress bound) {
        InetAddress a = bound.getAddress();
        String host = a.isAnyLocalAddress() ? reachable().map(InetAddress::getHostAddress).orElse("127.0.0.1") : a.getHostAddress();
        if (a instanceof Inet6Address && !a.isAnyLocalAddress()) {
            host = "[" + host.replaceFirst("%.*$", "") + "]";
        }
        return "http://" + host + ":" + bound.getPort() + "/";
    }

    /** This machine's first IPv4 address on an interface that is up and not loopback. */
    static java.util.Optional<InetAddress> reachable() {
        try {
            List<NetworkInterface> all = new ArrayList<>(Collections.list(NetworkInterface.getNetworkInterfaces()));
            for (NetworkInterface n : all) {
                if (!n.isUp() || n.isLoopback() || n.isVirtual()) {
                    continue;
                }
                for (InetAddress x : Collections.list(n.getInetAddresses())) {
                    if (x instanceof Inet4Address && !x.isLoopbackAddress() && !x.isLinkLocalAddress()) {
                        return java.util.Optional.of(x);
                    }
                }
            }
        } catch (SocketException e) {
            // no interfaces to read: loopback will do
        }
        return java.util.Optional.empty();
    }
}
