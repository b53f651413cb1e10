package io.stead.unitgenerator.internal.build;

import io.stead.unitgenerator.internal.config.ConfigReads;
import io.stead.api.Config;
import io.stead.api.OptionPath;
import io.stead.unitgenerator.internal.modules.JobScript;
import io.stead.unitgenerator.internal.upstream.UnitNames;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Reads a structured unit ({@code systemd.<kind>.<name>}) from its evaluated configuration. */
final class StructuredUnitReader {
    private final Problems problems;

    StructuredUnitReader(Problems problems) {
        this.problems = problems;
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
        checkTemplate(kind, name.get(), unit, path);
        if (kind == UnitKind.SLICE) {
            // systemd: "Requested dependency OnFailure=... ignored (slice units cannot fail)"
            for (String option : List.of("onFailure", "onSuccess")) {
                if (!ConfigReads.strings(unit, option).isEmpty()) {
                    problems.add(path.child(option), "a slice never fails or succeeds, so systemd ignores "
                            + option + " there.");
                }
            }
        }
        checkDescription(unit, path);
        Map<String, Object> settings = kind.settingsOption()
                .map(o -> ConfigReads.attrs(unit, o)).orElse(Map.of());
        ServiceParts service = kind == UnitKind.SERVICE ? service(attributeName, unit) : null;
        List<String> streams = kind == UnitKind.SOCKET ? ConfigReads.strings(unit, "listenStreams") : List.of();
        List<String> datagrams = kind == UnitKind.SOCKET ? ConfigReads.strings(unit, "listenDatagrams") : List.of();
        return Optional.of(new StructuredUnit(kind, name.get(), path, Enablement.read(unit),
                ConfigReads.attrs(unit, "unitConfig"), settings, service, streams, datagrams));
    }

    /**
     * A template ({@code worker@.service}) runs only as an instance: a link or a timer for the
     * template itself starts nothing, and systemd refuses such a link.
     */
    private void checkTemplate(UnitKind kind, String name, Config unit, OptionPath path) {
        List<String> options = kind == UnitKind.SERVICE ? List.of("wantedBy", "requiredBy", "startAt")
                : List.of("wantedBy", "requiredBy");
        for (String option : options) {
            // a template pulled in by a template (WantedBy=container@.target in sshd@.service) is
            // linked as systemctl enable does: container@foo.target pulls in sshd@foo.service
            List<String> pullers = ConfigReads.strings(unit, option);
            boolean byTemplates = !option.equals("startAt") && pullers.stream().allMatch(UnitNames::isTemplate);
            if (UnitNames.isTemplate(name) && !pullers.isEmpty() && !byTemplates) {
                problems.add(path.child(option), "'" + name + "' is a template, which systemd runs only as an"
                        + " instance (" + name.replace("@.", "@NAME.") + "): it cannot be started by "
                        + (option.equals("startAt") ? "a timer of its own."
                        : "a link of its own, only by a template's (" + option + " = [\"box@.target\"]).")
                        + " Pull in an instance instead, for instance with a target's wants.");
            }
        }
        if (kind != UnitKind.SERVICE) {
            return;
        }
        for (String event : ConfigReads.strings(unit, "startAt")) {
            String word = CalendarEvents.unreadableWord(event);
            if (event.isBlank()) {
                // OnCalendar= with nothing resets the timer's events: it would never elapse
                problems.add(path.child("startAt"), "a calendar event cannot be empty (systemd would read"
                        + " OnCalendar= as removing every event).");
            } else if (word != null) {
                problems.add(path.child("startAt"), "'" + event + "' is not a calendar event systemd reads: '" + word
                        + "' is neither a weekday, a date (such as *-*-01), a time (such as 04:00) nor a time zone"
                        + " (systemd.time(7) has the syntax; 'systemd-analyze calendar' checks an event).");
            }
        }
    }

    /**
     * systemd replaces specifiers in {@code Description=} and drops the whole line for one it does
     * not know ("at %z"): a '%' meant as itself before a letter or digit is written "%%".
     */
    private void checkDescription(Config unit, OptionPath path) {
        Object written = ConfigReads.attrs(unit, "unitConfig").get("Description");
        if (!(written instanceof String description)) {
            return;
        }
        String problem = UnitSpecifiers.problem(description, "systemd would ignore the whole description");
        if (problem != null) {
            // the description option, unless unitConfig.Description was set apart from it
            OptionPath at = description.equals(unit.string("description")) ? path.child("description")
                    : path.child("unitConfig").child("Description");
            problems.add(at, problem);
        }
    }

    private Optional<String> name(UnitKind kind, String attributeName, Config unit, OptionPath path) {
        if (kind == UnitKind.MOUNT) {
            String where = unit.string("where");
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
