package org.termite.runtime.io;

import java.net.Inet6Address;
import java.net.InetAddress;

/** Gambit's socket-info: the address and port number of one end of a connection or of a listening socket. */
public record SocketInfo(InetAddress address, int port) {
    static SocketInfo of(InetAddress address, int port) {
        return new SocketInfo(address, port);
    }

    String text() {
        String host = address.getHostAddress();
        return (address instanceof Inet6Address ? "[" + host + "]" : host) + ":" + port;
    }

    @Override
    public String toString() {
        return "#<socket-info " + text() + ">";
    }
}
