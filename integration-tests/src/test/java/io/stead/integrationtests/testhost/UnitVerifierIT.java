package io.stead.integrationtests.testhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code systemd-analyze verify} on built trees: every warning is a finding, whatever the exit code. */
class UnitVerifierIT {
    @TempDir
    Path tree;

    @Test
    void aGoodUnitIsClean() throws IOException {
        unit("good.service", """
                [Unit]
                Description=good
                Documentation=man:no-such-page(8)
                After=network.target
                [Service]
                ExecStart=/usr/bin/sleep 1000
                [Install]
                WantedBy=multi-user.target
                """);
        VerifyReport report = UnitVerifier.verifyTree(tree);
        assertEquals(List.of("good.service"), report.units());
        assertTrue(report.clean(), report::describe);
        report.assertClean();
    }

    @Test
    void unknownKeysAndBadValuesAreFindingsThoughTheExitCodeIsZero() throws IOException {
        Path file = unit("typo.service", """
                [Unit]
                Description=typo
                Afterr=network.target
                [Service]
                ExecStart=/usr/bin/true
                Nice=abc
                """);
        VerifyReport report = UnitVerifier.verify(tree, List.of("typo.service"));
        assertEquals(0, report.exitCode());
        assertFalse(report.clean());
        assertEquals(2, report.findings().size(), report::describe);
        VerifyReport.Finding unknownKey = report.findings().get(0);
        assertEquals(Optional.of(file), unknownKey.file());
        assertEquals(3, unknownKey.line());
        assertTrue(unknownKey.message().contains("Unknown key 'Afterr'"), unknownKey::message);
        assertTrue(report.findings().get(1).message().contains("Failed to parse nice priority 'abc'"));
        assertEquals(report.findings(), report.findingsInTree());
        assertThrows(AssertionError.class, report::assertClean);
    }

    @Test
    void aDropInIsVerifiedWithTheUpstreamUnit() throws IOException {
        Path dropIn = tree.resolve("etc/systemd/system/ssh.service.d/overrides.conf");
        Files.createDirectories(dropIn.getParent());
        Files.writeString(dropIn, "[Service]\nNice=5\nBogusKey=1\n");
        VerifyReport report = UnitVerifier.verifyTree(tree);
        assertEquals(List.of("ssh.service"), report.units());
        assertEquals(1, report.findings().size(), report::describe);
        assertEquals(Optional.of(dropIn), report.findings().get(0).file());
        assertTrue(report.findings().get(0).message().contains("Unknown key 'BogusKey'"));
    }

    @Test
    void errorsSystemdRefusesAreFindings() throws IOException {
        unit("missing-binary.service", "[Service]\nExecStart=/usr/bin/does-not-exist --flag\n");
        unit("no-exec.service", "[Service]\nType=simple\n");
        unit("bad-section.service", "[Unit]\nDescription=x\n[Servic]\nExecStart=/usr/bin/true\n");
        unit("requires-missing.service", "[Unit]\nRequires=no-such-dependency.service\n[Service]\n"
                + "ExecStart=/usr/bin/true\n");
        VerifyReport report = UnitVerifier.verifyTree(tree);
        assertEquals(1, report.exitCode());
        String all = report.describe();
        assertTrue(all.contains("/usr/bin/does-not-exist is not executable"), all);
        assertTrue(all.contains("no-exec.service: Service has no ExecStart="), all);
        assertTrue(all.contains("Unknown section 'Servic'"), all);
        assertTrue(all.contains("Unit no-such-dependency.service not found"), all);
    }

    @Test
    void unitsInATreeSkipMasksAndWantsAndInstantiateTemplates() throws IOException {
        unit("a.service", "[Service]\nExecStart=/usr/bin/true\n");
        unit("b@.service", "[Service]\nExecStart=/usr/bin/echo %i\n");
        unit("c.socket", "[Socket]\nListenStream=/run/stead-c.sock\n");
        Path system = tree.resolve("etc/systemd/system");
        Files.createDirectories(system.resolve("multi-user.target.wants"));
        Files.createSymbolicLink(system.resolve("multi-user.target.wants/a.service"), Path.of("../a.service"));
        Files.createSymbolicLink(system.resolve("masked.service"), Path.of("/dev/null"));
        Files.createDirectories(system.resolve("nix-daemon.service.d"));
        Files.writeString(system.resolve("nix-daemon.service.d/overrides.conf"), "[Service]\nNice=5\n");
        assertEquals(List.of("a.service", "b@verify.service", "c.socket", "nix-daemon.service"),
                UnitVerifier.unitsIn(tree));
        Files.delete(system.resolve("masked.service")); // @TempDir warns about links out of it

    }

    private Path unit(String name, String content) throws IOException {
        Path file = tree.resolve("etc/systemd/system").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }
}
