package io.stead.unitgenerator.internal.build;

import io.stead.api.OptionPath;
import io.stead.unitgenerator.internal.render.EnvironmentAssignment;
import io.stead.unitgenerator.internal.render.SettingValues;
import io.stead.unitgenerator.internal.render.UnitFile;
import io.stead.unitgenerator.internal.render.UnitSection;
import io.stead.unitgenerator.internal.render.UnitSetting;
import io.stead.unitgenerator.internal.upstream.UpstreamUnit;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a structured unit into the {@link UnitFile} model, as NixOS's {@code serviceToUnit} and
 * friends lay units out: {@code [Unit]} from {@code unitConfig}; the kind's section (for a
 * service: {@code Environment=} lines sorted by name, then {@code X-ReloadIfChanged=} or
 * {@code X-RestartIfChanged=}, {@code X-StopIfChanged=}, then {@code serviceConfig}; for a
 * socket: {@code socketConfig}, then {@code ListenStream=} and {@code ListenDatagram=} lines);
 * and {@code [Install]} with {@code WantedBy=} (not for targets). Keys are sorted within each
 * group and checked against the catalogue.
 */
final class UnitAssembler {
    /**
     * The names systemd's {@code Environment=} accepts ({@code env_name_is_valid()}); it skips
     * any other assignment with a warning, so the service would run without the variable.
     */
    private static final Pattern ENVIRONMENT_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final KeyCheck keys;
    private final Problems problems;

    UnitAssembler(KeyCheck keys, Problems problems) {
        this.keys = keys;
        this.problems = problems;
    }

    /**
     * @param unit the unit
     * @return the whole unit file
     */
    UnitFile full(StructuredUnit unit) {
        List<UnitSection> sections = new ArrayList<>(body(unit));
        if (unit.kind() != UnitKind.TARGET && !unit.enablement().wantedBy().isEmpty()) {
            sections.add(new UnitSection("Install",
                    List.of(new UnitSetting("WantedBy", String.join(" ", unit.enablement().wantedBy())))));
        }
        return new UnitFile(sections);
    }

    /**
     * The drop-in customising an upstream unit: only what the configuration sets, no
     * {@code [Install]} (enablement is by links), and a reset line before each
     * {@linkplain ReplacedSettings replaced} setting that the upstream unit sets.
     *
     * @param unit the unit
     * @param upstream the unit it customises, if the target has it
     * @return the drop-in, without empty sections
     */
    UnitFile dropIn(StructuredUnit unit, Optional<UpstreamUnit> upstream) {
        List<UnitSection> sections = new ArrayList<>();
        for (UnitSection section : body(unit)) {
            sections.add(upstream.map(u -> withResets(section, u)).orElse(section));
        }
        return new UnitFile(sections).withoutEmptySections();
    }

    private List<UnitSection> body(StructuredUnit unit) {
        List<UnitSection> sections = new ArrayList<>();
        sections.add(new UnitSection("Unit", settings("Unit", unit.unitConfig(), unit.unitConfigPath(), unit.name(),
                unit.unitKeyOptions())));
        unit.kind().section().ifPresent(section -> {
            List<UnitSetting> lines = new ArrayList<>();
            if (unit.service() != null) {
                lines.addAll(serviceHead(unit.service(), unit.path(), unit.name()));
            }
            lines.addAll(settings(section, unit.settings(), unit.settingsPath(), unit.name(), Map.of()));
            unit.listenStreams().forEach(a -> add(lines, section, "ListenStream", a,
                    unit.path().child("listenStreams"), unit.name()));
            unit.listenDatagrams().forEach(a -> add(lines, section, "ListenDatagram", a,
                    unit.path().child("listenDatagrams"), unit.name()));
            sections.add(new UnitSection(section, lines));
        });
        return sections;
    }

    private List<UnitSetting> serviceHead(ServiceParts service, OptionPath path, String unit) {
        List<UnitSetting> lines = new ArrayList<>();
        service.environment().forEach((name, value) -> {
            if (value != null) {
                if (!ENVIRONMENT_NAME.matcher(name).matches()) {
                    problems.add(path.child("environment").child(name), "an environment variable's name is"
                            + " letters, digits and '_', not starting with a digit; systemd ignores any other.");
                } else if (value.indexOf('\0') >= 0) {
                    // written as \u0000, which systemd refuses, ignoring the whole assignment
                    problems.add(path.child("environment").child(name), "an environment variable's value"
                            + " cannot hold a NUL character; systemd would ignore the variable.");
                } else {
                    add(lines, "Service", "Environment", EnvironmentAssignment.quoted(name, value),
                            path.child("environment").child(name), unit);
                }
            }
        });
        if (service.reloadIfChanged()) {
            lines.add(new UnitSetting("X-ReloadIfChanged", "true"));
        } else if (!service.restartIfChanged()) {
            lines.add(new UnitSetting("X-RestartIfChanged", "false"));
        }
        if (!service.stopIfChanged()) {
            lines.add(new UnitSetting("X-StopIfChanged", "false"));
        }
        return lines;
    }

    /** @param keyOptions the options that keys among the values come from (After= from after) */
    private List<UnitSetting> settings(String section, Map<String, Object> values, OptionPath path, String unit,
                                       Map<String, OptionPath> keyOptions) {
        List<UnitSetting> lines = new ArrayList<>();
        values.forEach((key, value) -> {
            OptionPath keyPath = keyOptions.getOrDefault(key, path.child(key));
            if (!keys.accept(section, key, keyPath)) {
                return;
            }
            List<String> rendered;
            try {
                rendered = SettingValues.lines(value);
            } catch (IllegalArgumentException e) {
                problems.add(keyPath, e.getMessage() + ".");
                return;
            }
            rendered.forEach(v -> add(lines, section, key, v, keyPath, unit));
        });
        return lines;
    }

    /** systemd's LONG_LINE_MAX: a longer line (or continued value) of a unit file is an error. */
    static final int LONG_LINE_MAX = 1 << 20;

    private void add(List<UnitSetting> lines, String section, String key, String value, OptionPath path,
                     String unit) {
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            problems.add(path, "a unit setting is one line; this value contains a line break. Use a "
                    + "script (script, preStart, ...) for several commands.");
            return;
        }
        if (value.indexOf('\0') >= 0) {
            // systemd ends a line at a NUL as at a newline: "ExecStart=a\0User=root" set User=
            problems.add(path, "this value holds a NUL character, which systemd reads as the end of the line:"
                    + " what follows it would be a setting of its own.");
            return;
        }
        if (key.length() + 1 + value.length() >= LONG_LINE_MAX
                || key.length() + 1 + value.getBytes(StandardCharsets.UTF_8).length >= LONG_LINE_MAX) {
            problems.add(path, "this value makes a line longer than systemd reads (1 MiB): systemd would refuse"
                    + " the unit.");
            return;
        }
        int noncharacter = Noncharacters.first(value);
        if (noncharacter >= 0) {
            problems.add(path, Noncharacters.problem(noncharacter));
            return;
        }
        // (a description's is said at the description option, by the reader)
        String specifier = key.equals("Description") ? null
                : UnitNameSettings.namesUnits(section, key) ? UnitNameSettings.problem(section, key, value, unit)
                : UnitSpecifiers.problem(value, unit, "systemd would refuse the setting");
        if (specifier != null) {
            problems.add(path, specifier);
            return;
        }
        if (continuesTheLine(value)) {
            problems.add(path, "this value ends with a backslash, which systemd reads as continuing the value on"
                    + " the next line: the setting after it would become part of it."
                    + (key.startsWith("Exec") ? " (In a command line, '\\\\' stands for one backslash.)" : ""));
            return;
        }
        lines.add(new UnitSetting(key, value));
    }

    /**
     * Whether systemd joins the next line to a line ending with this value: it does when the line
     * ends with a backslash that no other backslash escapes ("ExecStart=/bin/echo a\" took the
     * "User=nobody" line after it as arguments, and the service ran as root).
     */
    private static boolean continuesTheLine(String value) {
        int backslashes = 0;
        for (int i = value.length() - 1; i >= 0 && value.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static UnitSection withResets(UnitSection section, UpstreamUnit upstream) {
        List<UnitSetting> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (UnitSetting setting : section.settings()) {
            String key = setting.key();
            if (seen.add(key) && !setting.isReset() && ReplacedSettings.isReplaced(section.name(), key)
                    && upstream.sets(section.name(), key)) {
                out.add(UnitSetting.reset(key));
            }
            out.add(setting);
        }
        return new UnitSection(section.name(), out);
    }
}
