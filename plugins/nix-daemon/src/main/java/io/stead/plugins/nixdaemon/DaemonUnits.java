package io.stead.plugins.nixdaemon;

import io.stead.api.Definition;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stead's customisation of the units the nix package ships, {@code nix-daemon.service} and
 * {@code nix-daemon.socket}, after NixOS's {@code nix-daemon.nix}. Both are drop-ins whatever
 * the target has ({@code overrideStrategy = "asDropin"}): this module never writes a whole nix
 * unit, it only changes the package's.
 */
final class DaemonUnits {
    /** The path of the generated nix.conf's text, which restarts the daemon when it changes. */
    static final String CONFIG_TEXT = NixConfText.ETC_FILE.child("text").toString();
    /** Where Debian's ca-certificates puts the bundle of trusted certificates. */
    static final String CA_BUNDLE = "/etc/ssl/certs/ca-certificates.crt";

    private DaemonUnits() {
    }

    /** @return the definitions of {@code systemd.services.nix-daemon} */
    static Map<String, Object> service() {
        Map<String, Object> service = new TreeMap<>();
        service.put("overrideStrategy", "asDropin");
        // nix.envVars, and the certificates curl needs to fetch from binary caches
        service.put("environment", Definition.mkMerge(
                Map.of("CURL_CA_BUNDLE", Definition.mkDefault(CA_BUNDLE)),
                Definition.ref("nix.envVars")));
        service.put("serviceConfig", Map.of(
                "CPUSchedulingPolicy", Definition.ref("nix.daemonCPUSchedPolicy"),
                "IOSchedulingClass", Definition.ref("nix.daemonIOSchedClass"),
                "IOSchedulingPriority", Definition.ref("nix.daemonIOSchedPriority"),
                // a daemon building many derivations at once holds many files open
                "LimitNOFILE", 1048576L));
        service.put("restartTriggers", Definition.computed(system -> List.of(system.string(CONFIG_TEXT))));
        // as NixOS: restarted in place rather than stopped first, so that the socket stays up
        // while a new system is applied (nix clients do not retry a refused connection)
        service.put("stopIfChanged", false);
        return service;
    }

    /** @return the definitions of {@code systemd.sockets.nix-daemon}: started at boot, so the daemon starts on demand */
    static Map<String, Object> socket() {
        return Map.of("overrideStrategy", "asDropin", "wantedBy", List.of("sockets.target"));
    }
}
