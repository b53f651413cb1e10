package io.stead.unitgenerator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.stead.unitgenerator.testkit.BaseModules;
import io.stead.unitgenerator.testkit.GoldenCases;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TreeSummaryTest {

    @Test
    void summarisesUnitsDropInsWithWhatTheyCustomiseAndEtcFiles() {
        Map<String, Object> config = new java.util.LinkedHashMap<>(GoldenCases.configuration("upstream-debian"));
        config.put("systemd.services.web", Map.of("script", "echo web", "wantedBy", List.of("multi-user.target")));
        config.put("systemd.timers.apt-daily.enable", false);
        config.put("networking.hostName", "web1");
        TreeSummary summary = TreeSummary.of(new SystemTreeBuilder().build(BaseModules.evaluate(config)));
        assertEquals(List.of("web.service"), summary.unitsInFull());
        assertEquals(new TreeSummary.DropIn("ssh.service", "/lib/systemd/system/ssh.service",
                List.of("Unit.After", "Unit.Description", "Service.Environment", "Service.ExecStart (replaced)",
                        "Service.Nice")), summary.dropIns().get(3));
        assertEquals("""
                units written in full (1): web.service
                drop-ins (4):
                  getty@tty2.service customises /lib/systemd/system/getty@.service: Service.TTYVTDisallocate
                  nix-daemon.service customises /lib/systemd/system/nix-daemon.service: Service.Environment, Service.X-RestartIfChanged, Service.CPUSchedulingPolicy, Service.IOSchedulingClass, Service.Nice
                  nix-daemon.socket customises /lib/systemd/system/nix-daemon.socket: Socket.SocketMode, Socket.ListenStream (replaced)
                  ssh.service customises /lib/systemd/system/ssh.service: Unit.After, Unit.Description, Service.Environment, Service.ExecStart (replaced), Service.Nice
                masked (1): apt-daily.timer
                etc files (1): /etc/hostname
                scripts (1): /etc/stead/scripts/web-start
                links (5)
                """, summary.text());
    }
}
