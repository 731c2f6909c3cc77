package dev.simplexbot.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest, or from a build-time resource when running from classes. */
public final class VersionProvider implements IVersionProvider {
    private static final String RESOURCE = "/dev/simplexbot/cli/version.properties";

    @Override
    public String[] getVersion() {
        return new String[] {
            "simplex-bot " + version(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")",
        };
    }

    public static String version() {
        String fromManifest = VersionProvider.class.getPackage().getImplementationVersion();
        if (fromManifest != null) {
            return fromManifest;
        }
        try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                return p.getProperty("version", "unknown");
            }
        } catch (IOException e) {
            // fall through
        }
        return "unknown";
    }
}
