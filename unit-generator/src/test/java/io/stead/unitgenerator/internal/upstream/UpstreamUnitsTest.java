package io.stead.unitgenerator.internal.upstream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stead.api.SystemPackage;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Override detection against this machine's real Debian units. */
class UpstreamUnitsTest {
    private final TargetRoot machine = new TargetRoot(Path.of("/"));

    @Test
    void findsSshServiceOfOpensshServerWithWhatItSets() {
        UpstreamUnits units = UpstreamUnits.scan(machine, List.of(new SystemPackage("openssh-server")));
        UpstreamUnit ssh = units.find("ssh.service").orElseThrow();
        assertEquals("/lib/systemd/system/ssh.service", ssh.path());
        assertTrue(ssh.sets("Service", "ExecStart"));
        assertTrue(ssh.sets("Service", "ExecReload"));
        assertTrue(ssh.sets("Install", "Alias"));
        assertEquals(List.of(), units.filesToLink(), "Debian installs its units in systemd's search path");
    }

    @Test
    void findsNixDaemonUnitsOfNixSetupSystemd() {
        UpstreamUnits units = UpstreamUnits.scan(machine, List.of(new SystemPackage("nix-setup-systemd")));
        UpstreamUnit service = units.find("nix-daemon.service").orElseThrow();
        UpstreamUnit socket = units.find("nix-daemon.socket").orElseThrow();
        assertEquals("/lib/systemd/system/nix-daemon.service", service.path());
        assertEquals("/lib/systemd/system/nix-daemon.socket", socket.path());
        assertTrue(socket.sets("Socket", "ListenStream"));
        assertTrue(service.sets("Unit", "RequiresMountsFor"));
    }

    @Test
    void findsSystemdsOwnUnitsAndTemplatesWithoutAnyPackage() {
        UpstreamUnits units = UpstreamUnits.scan(machine, List.of());
        assertEquals("/lib/systemd/system/getty@.service", units.find("getty@tty3.service").orElseThrow().path());
        assertEquals("/lib/systemd/system/multi-user.target", units.find("multi-user.target").orElseThrow().path());
        assertEquals(Optional.empty(), units.find("stead-no-such-unit.service"));
    }
}
