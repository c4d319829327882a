package casus.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The version printed by {@code casus --version}, and the commit the jar was built from. */
public final class Version implements CommandLine.IVersionProvider {
    private static final Properties BUILD = load();

    /** The version, or "development" when not running from a packaged jar. */
    public static String current() {
        String v = Casus.class.getPackage().getImplementationVersion();
        return v == null ? BUILD.getProperty("version", "development") : v;
    }

    /** The commit the build was made from, or "unknown". */
    public static String commit() {
        return BUILD.getProperty("commit", "unknown");
    }

    /** Whether the build was made with uncommitted changes. */
    public static boolean dirty() {
        return Boolean.parseBoolean(BUILD.getProperty("dirty", "false"));
    }

    @Override
    public String[] getVersion() {
        return new String[] {"casus " + current() + " (commit " + commit() + (dirty() ? ", with uncommitted changes" : "") + ")"};
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getClassLoader().getResourceAsStream("casus/build.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // an unreadable build record leaves the commit unknown
        }
        return p;
    }
}
