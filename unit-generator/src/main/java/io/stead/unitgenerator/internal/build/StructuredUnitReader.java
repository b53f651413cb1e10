package io.stead.unitgenerator.internal.build;

import io.stead.unitgenerator.internal.modules.DerivedUnitConfig;
import io.stead.unitgenerator.internal.config.ConfigReads;
import io.stead.api.Config;
import io.stead.api.OptionPath;
import io.stead.unitgenerator.internal.modules.JobScript;
import io.stead.unitgenerator.internal.upstream.UnitNames;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Reads a structured unit ({@code systemd.<kind>.<name>}) from its evaluated configuration. */
final class StructuredUnitReader {
    private final Problems problems;
    private final UnitChecks checks;
    private final InstallSpecifiers specifiers;

    StructuredUnitReader(Problems problems) {
        this.problems = problems;
        this.checks = new UnitChecks(problems);
        this.specifiers = new InstallSpecifiers(problems);
    }

    /**
     * @param kind the unit's kind
     * @param attributeName its attribute name under {@code systemd.<kind>}
     * @param unit its configuration
     * @return the unit, or empty (with a problem recorded) if it cannot be named
     */
    Optional<StructuredUnit> read(UnitKind kind, String attributeName, Config unit) {
        OptionPath path = OptionPath.of("systemd", kind.option(), attributeName);
        Optional<String> name = name(kind, attributeName, unit, path);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> unitConfig = ConfigReads.attrs(unit, "unitConfig");
        Enablement enablement = specifiers.replace(name.get(), path, Enablement.read(unit));
        checks.check(kind, name.get(), unit, enablement, unitConfig, path);
        Map<String, Object> settings = kind.settingsOption()
                .map(o -> ConfigReads.attrs(unit, o)).orElse(Map.of());
        ServiceParts service = kind == UnitKind.SERVICE ? service(attributeName, unit) : null;
        List<String> streams = kind == UnitKind.SOCKET ? ConfigReads.strings(unit, "listenStreams") : List.of();
        List<String> datagrams = kind == UnitKind.SOCKET ? ConfigReads.strings(unit, "listenDatagrams") : List.of();
        return Optional.of(new StructuredUnit(kind, name.get(), path, enablement,
                unitConfig, settings, service, streams, datagrams,
                unitKeyOptions(unit, unitConfig, path)));
    }

    /** The [Unit] keys that an option gives alone, and that option's path. */
    private static Map<String, OptionPath> unitKeyOptions(Config unit, Map<String, Object> unitConfig,
                                                          OptionPath path) {
        Map<String, OptionPath> out = new HashMap<>();
        out.put("Description", UnitChecks.descriptionPath(unit, unitConfig, path));
        DerivedUnitConfig.dependencyKeys().forEach((option, key) -> {
            List<String> names = ConfigReads.strings(unit, option);
            if (!names.isEmpty() && String.join(" ", names).equals(unitConfig.get(key))) {
                out.put(key, path.child(option));
            }
        });
        return out;
    }

    private Optional<String> name(UnitKind kind, String attributeName, Config unit, OptionPath path) {
        if (kind == UnitKind.MOUNT) {
            String where = unit.string("where");
            if (!where.isEmpty() && (" \t\n\r".indexOf(where.charAt(0)) >= 0
                    || " \t\n\r".indexOf(where.charAt(where.length() - 1)) >= 0)) {
                // systemd strips a setting's value: Where= would not match the unit's name
                problems.add(path.child("where"), "a mount point cannot begin or end with white space, which systemd"
                        + " strips from Where=: the unit's name would no longer match it, and systemd refuses it.");
                return Optional.empty();
            }
            try {
                return Optional.of(SystemdPathEscape.escape(where) + ".mount");
            } catch (IllegalArgumentException e) {
                problems.add(path.child("where"), "a mount point must be an absolute, normalized path, "
                        + "not '" + where + "'.");
                return Optional.empty();
            }
        }
        String suffix = "." + kind.suffix();
        if (attributeName.endsWith(suffix)) {
            problems.add(path, "a unit of systemd." + kind.option() + " is named without its " + suffix
                    + " suffix: use '" + OptionPath.of("systemd", kind.option(),
                    attributeName.substring(0, attributeName.length() - suffix.length())) + "'.");
            return Optional.empty();
        }
        String name = attributeName + suffix;
        if (!UnitNames.isUnit(name)) {
            problems.add(path, "'" + name + "' is not a valid unit name (letters, digits and "
                    + ":_.@\\- only (no '@' first), at most 255 characters).");
            return Optional.empty();
        }
        if (kind == UnitKind.SLICE && !sliceName(attributeName)) {
            problems.add(path, "'" + name + "' is not a valid slice name: a slice is named after the slices it is"
                    + " in, joined by '-' (a-b.slice is inside a.slice), so its name cannot begin or end with '-'"
                    + " or hold '--'.");
            return Optional.empty();
        }
        return Optional.of(name);
    }

    /** systemd's rule for a slice's name (without .slice): "-", the root, or parts joined by '-'. */
    private static boolean sliceName(String name) {
        return name.equals("-") || !(name.startsWith("-") || name.endsWith("-") || name.contains("--"));
    }

    private static ServiceParts service(String attributeName, Config unit) {
        Map<String, String> environment = new TreeMap<>();
        ConfigReads.attrs(unit, "environment").forEach((k, v) -> environment.put(k, v == null ? null : v.toString()));
        Map<JobScript, String> scripts = new LinkedHashMap<>();
        for (JobScript script : JobScript.ALL) {
            String text = unit.string(script.option());
            if (text != null && !text.isEmpty()) {
                scripts.put(script, text);
            }
        }
        return new ServiceParts(attributeName, environment,
                ConfigReads.bool(unit, "restartIfChanged", true),
                ConfigReads.bool(unit, "reloadIfChanged", false),
                ConfigReads.bool(unit, "stopIfChanged", true), scripts);
    }
}
