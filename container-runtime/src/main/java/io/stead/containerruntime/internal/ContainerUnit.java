package io.stead.containerruntime.internal;

import io.stead.api.Config;
import io.stead.containerruntime.ContainerTrees;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code container-<name>.service} of one container: its start prepares the root (on
 * first start, a Debian root that shares the host's {@code /usr}) and installs the container's
 * built system into it, then boots it with systemd-nspawn.
 */
public final class ContainerUnit {
    private ContainerUnit() {
    }

    /**
     * @param name a container's name
     * @return its service's name, without {@code .service}
     */
    public static String serviceName(String name) {
        return "container-" + name;
    }

    /**
     * @param name the container's name
     * @param container its configuration
     * @return the definition of its service (a {@code systemd.services} value)
     */
    public static Map<String, Object> service(String name, Config container) {
        String root = container.string("root");
        String system = container.string("path") != null ? container.string("path") : ContainerTrees.treeOf(name);
        List<Object> command = new ArrayList<>(List.of("/usr/bin/systemd-nspawn", "--quiet", "--keep-unit",
                "--register=no", "--machine=" + name, "--directory=" + root, "--bind-ro=/usr",
                "--bind-ro=/var/lib/dpkg", "--boot"));
        for (Object flag : container.list("extraFlags")) {
            command.add(LiteralFlag.of(String.valueOf(flag)));
        }
        Map<String, Object> service = new LinkedHashMap<>();
        service.put("description", "Container '" + name + "'");
        service.put("after", List.of("network.target"));
        service.put("wantedBy", container.bool("autoStart") ? List.of("multi-user.target") : List.of());
        // inside a container, systemd runs best on the unified cgroup hierarchy
        service.put("environment", Map.of("SYSTEMD_NSPAWN_UNIFIED_HIERARCHY", "1"));
        service.put("preStart", prepare(root, system));
        // systemd-nspawn exits with 133 when the container reboots: start it again, as systemd's
        // systemd-nspawn@.service and NixOS's container@.service do, instead of failing
        service.put("serviceConfig", Map.of(
                "ExecStart", String.join(" ", command.stream().map(String::valueOf).toList()),
                "Type", "notify",
                "KillMode", "mixed",
                "Delegate", true,
                "TimeoutStartSec", "2min",
                "RestartForceExitStatus", "133",
                "SuccessExitStatus", "133"));
        return service;
    }

    /**
     * The start-up script: make the root on first start, then install the built system's files.
     * The container's /etc is its own system's: its copy of the host's leaves out the host's own
     * files, and a file of an earlier system of the container that its new one has not is removed,
     * both read from the lists the systems' trees hold (/etc/stead/etc-files, NUL-ended paths).
     */
    static String prepare(String root, String system) {
        return """
                root=%s
                system=%s
                host_etc=/etc
                if [ ! -e "$root/etc/os-release" ]; then
                  # first start: a root sharing the host's /usr, with a copy of the host's package
                  # configuration (PAM, accounts, ...) but none of its units, identity, host keys
                  # or other files of its own system (its users' keys, its accounts)
                  mkdir -p "$root/usr" "$root/var" "$root/root" "$root/tmp" "$root/run"
                  for d in bin sbin lib lib64; do [ -e "$root/$d" ] || ln -s "usr/$d" "$root/$d"; done
                  rm -rf "$root/etc"
                  cp -a "$host_etc" "$root/etc"
                  if [ -f "$host_etc/stead/etc-files" ]; then
                    while IFS= read -r -d '' f; do rm -f "$root/etc/$f"; done < "$host_etc/stead/etc-files"
                  fi
                  rm -rf "$root/etc/systemd/system" "$root/etc/stead"
                  mkdir -p "$root/etc/systemd/system"
                  rm -f "$root/etc/hostname" "$root/etc/ssh/ssh_host_"*
                  : > "$root/etc/machine-id"
                  rm -f "$root/etc/os-release"
                  cp /usr/lib/os-release "$root/etc/os-release"
                fi
                # what the container's earlier system had and this one has not is removed
                if [ -f "$root/etc/stead/etc-files" ]; then
                  while IFS= read -r -d '' f; do
                    [ -e "$system/etc/$f" ] || [ -L "$system/etc/$f" ] || rm -f "$root/etc/$f"
                  done < "$root/etc/stead/etc-files"
                fi
                # the container's system as built: its files replace their earlier versions
                cp -a --remove-destination "$system/etc/." "$root/etc/"
                """.formatted(root, system);
    }
}
