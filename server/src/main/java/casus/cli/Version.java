package casus.cli;

import picocli.CommandLine;

/** The version printed by {@code casus --version}, read from the jar's manifest. */
public final class Version implements CommandLine.IVersionProvider {
    /** The version, or "development" when not running from a packaged jar. */
    public static String current() {
        String v = Casus.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"casus " + current()};
    }
}
