package io.stead.plugins.openssh;

import io.stead.api.Definition;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The definitions of the systemd service that runs sshd, each a whole value of
 * {@code systemd.services.<name>} (so that a condition on it leaves the unit out entirely):
 * what any such service gets from Stead ({@link #customisation}), and a whole unit of Stead's
 * own ({@link #ownUnit}), for a target without a package that ships one.
 */
final class SshdUnit {
    /** The path of the generated sshd_config's text, which restarts sshd when it changes. */
    static final String CONFIG_TEXT = OpensshModule.etc(SshdConfigText.PATH).child("text").toString();

    private SshdUnit() {
    }

    /**
     * What Stead changes in any unit that runs sshd: host keys made and the configuration
     * checked before it starts, started at boot, restarted when sshd_config changes.
     *
     * @return the service's definitions
     */
    static Map<String, Object> customisation() {
        Map<String, Object> service = new TreeMap<>();
        service.put("preStart", Definition.computed(HostKeysScript::of));
        service.put("restartTriggers", Definition.computed(system -> List.of(system.string(CONFIG_TEXT))));
        // as NixOS: a changed sshd is restarted in place rather than stopped first, so that
        // applying a system over ssh keeps its connection
        service.put("stopIfChanged", false);
        service.put("wantedBy", List.of("multi-user.target"));
        return service;
    }

    /**
     * A whole {@code sshd.service}, for a target without the package's unit: Stead's
     * customisation plus what Debian's unit would have said, for any sshd at
     * {@value HostKeysScript#SSHD}.
     *
     * @return the service's definitions
     */
    static Map<String, Object> ownUnit() {
        String config = " -f " + SshdConfigText.PATH;
        Map<String, Object> service = customisation();
        service.put("description", "OpenSSH server daemon");
        service.put("after", List.of("network.target"));
        service.put("serviceConfig", Map.of(
                "ExecStart", HostKeysScript.SSHD + " -D" + config,
                "ExecReload", List.of(HostKeysScript.SSHD + " -t" + config, "/bin/kill -HUP $MAINPID"),
                // sshd forks a process per connection: stopping or restarting sshd keeps them
                "KillMode", "process",
                "Restart", "always",
                "Type", "simple",
                // sshd's privilege separation directory
                "RuntimeDirectory", "sshd",
                "RuntimeDirectoryMode", "0755"));
        return service;
    }
}
