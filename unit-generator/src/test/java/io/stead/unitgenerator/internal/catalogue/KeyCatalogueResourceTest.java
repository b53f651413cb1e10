package io.stead.unitgenerator.internal.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.stead.testkit.systemd.Processes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The shipped catalogue is exactly what this machine's systemd lists, when the machine runs the
 * version it was generated from; otherwise regenerate it with
 * unit-generator/scripts/regenerate-key-catalogue.sh.
 */
class KeyCatalogueResourceTest {
    private static final Path SYSTEMD = Path.of("/usr/lib/systemd/systemd");

    @Test
    void isWhatThisMachinesSystemdDumps() throws IOException {
        assumeTrue(Files.isExecutable(SYSTEMD), "no systemd on this machine to compare with");
        String version = Processes.run(SYSTEMD.toString(), "--version").output().lines().findFirst().orElse("")
                .replaceFirst("^systemd (\\d+).*", "$1");
        assumeTrue(version.equals(KeyCatalogue.shipped().systemdVersion()),
                "this machine runs systemd " + version + "; the catalogue is for "
                        + KeyCatalogue.shipped().systemdVersion());
        Processes.Result dump = Processes.run(SYSTEMD.toString(), "--dump-configuration-items");
        assertEquals(0, dump.exitCode());
        assertEquals(dump.output(), resource("systemd-configuration-items.txt"),
                "run unit-generator/scripts/regenerate-key-catalogue.sh");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = KeyCatalogue.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
