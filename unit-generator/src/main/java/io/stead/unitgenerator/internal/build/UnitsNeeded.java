package io.stead.unitgenerator.internal.build;

import io.stead.api.OptionPath;
import io.stead.unitgenerator.internal.catalogue.EditDistance;
import io.stead.unitgenerator.internal.render.SettingValues;
import io.stead.unitgenerator.internal.upstream.TargetRoot;
import io.stead.unitgenerator.internal.upstream.UnitNames;
import io.stead.unitgenerator.internal.upstream.UnitSearchPath;
import io.stead.unitgenerator.internal.upstream.UpstreamUnits;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The units that a unit cannot start without: those its {@code Requires=}, {@code Requisite=}
 * and {@code BindsTo=} name, and the service a socket starts. systemd fails to start a unit
 * whose such unit is nowhere ("Unit x.service not found"; a socket's: "service x.service not
 * loaded, socket cannot be started"; both said by {@code systemd-analyze verify}). Checked once
 * every unit of the build is known. A unit is found when the build configures it or an alias
 * of it, or the target has it: in a directory of systemd's search path (shipped, its own under
 * /etc, or made by a generator on a running target), or as a SysV script that systemd makes a
 * service of; an instance, when its template is found, or when systemd's generators make it
 * with no template shipped (systemd-cryptsetup@data.service). Only services, sockets, targets, timers
 * and paths are looked for: mounts, swaps and automounts come from generators (/etc/fstab),
 * devices from the kernel, slices and scopes from systemd itself.
 */
final class UnitsNeeded {
    private static final Set<String> LOOKED_FOR = Set.of("service", "socket", "target", "timer", "path");
    private static final List<String> HARD = List.of("Requires", "Requisite", "BindsTo");
    /** The instances systemd 252's generators make with no template shipped (crypttab, veritytab, fstab). */
    private static final Set<String> GENERATED_TEMPLATES = Set.of("systemd-cryptsetup@.service",
            "systemd-veritysetup@.service", "systemd-integritysetup@.service", "systemd-growfs@.service",
            "systemd-makefs@.service");

    /** A unit that one needs, and what to say at the option (or text line) that names it. */
    private record Need(String name, OptionPath path, String prefix, String key, String socket) {
    }

    private final List<Need> needs = new ArrayList<>();
    private final Set<String> configured = new HashSet<>();

    /**
     * @param name a unit the build configures
     * @param aliases its aliases
     */
    void configured(String name, List<String> aliases) {
        configured.add(name);
        configured.addAll(aliases);
    }

    /**
     * @param key a {@code [Unit]} key
     * @param value its value (one or several lines)
     * @param path the option it comes from
     * @param prefix what the message begins with ("line 3: " in a text), or ""
     */
    void dependencies(String key, Object value, OptionPath path, String prefix) {
        if (!HARD.contains(key) || value == null) {
            return;
        }
        List<String> lines;
        try {
            lines = SettingValues.lines(value);
        } catch (IllegalArgumentException e) {
            return; // not a value a unit file can hold: said where it is written
        }
        for (String line : lines) {
            for (String name : line.trim().split("[ \t]+")) {
                if (!name.isEmpty()) {
                    needs.add(new Need(name, path, prefix, key, null));
                }
            }
        }
    }

    /**
     * @param socket a socket that the build writes whole
     * @param service the value of its {@code Service=}, or null
     * @param accept the value of its {@code Accept=}, or null
     * @param path the option to name
     * @param prefix what the message begins with, or ""
     */
    void socketService(String socket, String service, String accept, OptionPath path, String prefix) {
        boolean accepts = SystemdBoolean.isTrue(accept);
        String base = socket.substring(0, socket.length() - ".socket".length());
        String started = service != null && !service.isBlank() ? service.strip()
                : UnitNames.isTemplate(socket) ? (accepts ? null : base + ".service") // (s@x.socket starts s@x.service)
                : base + (accepts ? "@.service" : ".service");
        if (started != null && started.endsWith(".service")) { // (a name of another type is said where it is set)
            needs.add(new Need(started, path, prefix, null, socket));
        }
    }

    /** Says each needed unit that is nowhere. */
    void check(UpstreamUnits upstream, TargetRoot root, Problems problems) {
        for (Need need : needs) {
            if (found(need.name(), upstream, root)) {
                continue;
            }
            String nowhere = "neither this configuration nor the target has (it is not configured, nor in systemd's"
                    + " unit directories on the target)";
            String close = closestConfigured(need.name());
            problems.add(need.path(), need.prefix() + (need.socket() == null
                    ? "'" + need.name() + "': " + need.key() + "= names a unit that " + nowhere + ", and systemd would"
                            + " not start this unit (\"Unit " + need.name() + " not found\"). Configure it, or name it"
                            + " in wants, which starts it only if it exists."
                    : need.socket() + " starts " + need.name() + " (the service of the socket's name, an instance of"
                            + " NAME@.service with Accept=yes, or the one Service= names), which " + nowhere
                            + ": systemd could not start the socket (\"service " + need.name() + " not loaded\").")
                    + (close == null ? "" : " Did you mean '" + close + "'?"));
        }
    }

    /**
     * A unit this configuration has, of a name within two edits of one that is nowhere
     * ({@code container@web.service} for {@code container-web.service}, NixOS's name for it), or null.
     */
    private String closestConfigured(String name) {
        String closest = null;
        int best = 3;
        for (String candidate : new java.util.TreeSet<>(configured)) {
            int distance = EditDistance.between(name, candidate);
            if (distance < best) {
                best = distance;
                closest = candidate;
            }
        }
        return closest;
    }

    private boolean found(String name, UpstreamUnits upstream, TargetRoot root) {
        int dot = name.lastIndexOf('.');
        if (dot < 0 || !LOOKED_FOR.contains(name.substring(dot + 1)) || name.indexOf('%') >= 0
                || !UnitNames.isUnit(name)) {
            return true; // not looked for, or a name said wrong elsewhere
        }
        // an instance is found by its template, or made by one of systemd's generators, which
        // ship none (systemd-cryptsetup@data.service, from /etc/crypttab)
        return has(name, upstream, root) || UnitNames.template(name).map(t -> has(t, upstream, root)
                || GENERATED_TEMPLATES.contains(t)).orElse(false);
    }

    private boolean has(String name, UpstreamUnits upstream, TargetRoot root) {
        if (configured.contains(name) || upstream.find(name).isPresent() || upstream.isMasked(name)) {
            return true;
        }
        for (String dir : UnitSearchPath.ALL) {
            if (root.entry(dir + "/" + name).isPresent()) {
                return true;
            }
        }
        // (systemd-sysv-generator makes x.service of /etc/init.d/x at boot)
        return name.endsWith(".service") && root.entry("/etc/init.d/" + UnitNames.prefix(name)).isPresent();
    }
}
