package casus.server.api;

import casus.v1.ProtocolVersion;

/** The protocol version this server speaks, and which clients it serves. */
public final class ProtocolVersions {
    public static final int MAJOR = 1;
    public static final int MINOR = 3;
    public static final ProtocolVersion CURRENT = ProtocolVersion.newBuilder().setMajor(MAJOR).setMinor(MINOR).build();

    private ProtocolVersions() {
    }

    /** A client of the same major version is served, whatever its minor version. */
    public static boolean served(ProtocolVersion client) {
        return client.getMajor() == MAJOR;
    }

    public static String text(ProtocolVersion v) {
        return v.getMajor() + "." + v.getMinor();
    }
}
