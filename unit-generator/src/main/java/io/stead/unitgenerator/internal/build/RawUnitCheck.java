package io.stead.unitgenerator.internal.build;

import io.stead.api.OptionPath;
import io.stead.unitgenerator.internal.upstream.UnitFileKeys;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a unit given as text ({@code systemd.units.<name>.text}) by the rules a unit defined
 * by options is checked by, where they apply to what the text says: its sections and keys, its
 * lines, the unit names and specifiers in its values, its documentation URLs and calendar
 * events, and for a service written whole, whether systemd would refuse it. Each problem names
 * the text's line.
 */
final class RawUnitCheck {
    private final KeyCheck keys;
    private final ServiceCommandCheck commands;
    private final Problems problems;

    RawUnitCheck(KeyCheck keys, ServiceCommandCheck commands, Problems problems) {
        this.keys = keys;
        this.commands = commands;
        this.problems = problems;
    }

    /**
     * @param text the unit's text
     * @param path the option holding it
     * @param name the unit's name
     * @param whole whether Stead writes it whole, not as a drop-in
     * @param masked whether the target ships it masked
     */
    void check(String text, OptionPath path, String name, boolean whole, boolean masked) {
        if (!lines(text, path)) {
            return; // systemd would not read the lines as they are written here
        }
        for (int line : UnitFileKeys.strayLines(text)) {
            problems.add(path, "line " + line + ": a line is a [Section] or a Key=value within a section; systemd"
                    + " would ignore this one.");
        }
        Set<String> reported = new HashSet<>();
        List<UnitFileKeys.Assignment> assignments = UnitFileKeys.assignments(text);
        for (UnitFileKeys.Assignment a : assignments) {
            if (keys.knowsSection(a.section())) {
                keys.accept(a.section(), a.key(), path);
                // (systemd ignores a key of the user's own, X-..., and so its value)
                String problem = a.key().startsWith("X-") ? null : valueProblem(a, name);
                if (problem != null) {
                    problems.add(path, "line " + a.line() + ": " + problem);
                }
            } else if (!a.section().startsWith("X-") && reported.add(a.section())) {
                // an unknown section is reported once; a section of the user's own (X-) is not checked
                problems.add(path, "line " + a.line() + ": systemd knows no section [" + a.section() + "].");
            }
        }
        if (whole && name.endsWith(".service")) {
            service(assignments, path, name, masked);
        } else if (whole) {
            triggers(assignments, path, name);
        }
    }

    /**
     * The lines as systemd reads them: none longer than it reads, none holding a character that
     * ends a line where the text does not, none with a noncharacter.
     *
     * @return whether they are read as written
     */
    private boolean lines(String text, OptionPath path) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String where = "line " + (i + 1) + ": ";
            if (line.indexOf('\0') >= 0) {
                problems.add(path, where + "a NUL character ends a line for systemd: what follows it would be a"
                        + " line of its own.");
                return false;
            }
            int cr = line.indexOf('\r');
            if (cr >= 0 && cr < line.length() - 1) {
                problems.add(path, where + "a carriage return (\\r) ends a line for systemd: what follows it would"
                        + " be a line of its own.");
                return false;
            }
            if (line.length() >= UnitAssembler.LONG_LINE_MAX
                    || line.getBytes(StandardCharsets.UTF_8).length >= UnitAssembler.LONG_LINE_MAX) {
                problems.add(path, where + "the line is longer than systemd reads (1 MiB): systemd would refuse the"
                        + " unit.");
                return false;
            }
            String stripped = line.stripLeading();
            // (systemd skips a comment before it checks a line's UTF-8)
            int noncharacter = stripped.startsWith("#") || stripped.startsWith(";") ? -1 : Noncharacters.first(line);
            if (noncharacter >= 0) {
                problems.add(path, where + Noncharacters.problem(noncharacter));
                return false;
            }
        }
        return true;
    }

    /** @return what systemd would refuse or drop in the assignment's value, or null */
    private static String valueProblem(UnitFileKeys.Assignment a, String name) {
        String section = a.section();
        String key = a.key();
        String value = a.value();
        if (key.length() + 1 + value.getBytes(StandardCharsets.UTF_8).length >= UnitAssembler.LONG_LINE_MAX) {
            return "the continued value is longer than systemd reads (1 MiB): systemd would refuse the unit.";
        }
        if (UnitNameSettings.namesUnits(section, key)) {
            return value.isEmpty() ? null : UnitNameSettings.problem(section, key, value, name);
        }
        String consequence = section.equals("Unit") && key.equals("Description")
                ? "systemd would ignore the whole description" : "systemd would refuse the setting";
        String specifier = UnitSpecifiers.problem(value, name, consequence);
        if (specifier != null) {
            return specifier;
        }
        if (section.equals("Unit") && key.equals("Documentation")) {
            for (String url : value.split("[ \t]+")) {
                // (quotes and backslashes are the syntax of a file's words; only options' URLs hold them)
                boolean quoted = url.indexOf('\'') >= 0 || url.indexOf('"') >= 0 || url.indexOf('\\') >= 0;
                String problem = url.isEmpty() || quoted ? null : UnitChecks.documentationProblem(url);
                if (problem != null) {
                    return problem;
                }
            }
        }
        // (systemd replaces specifiers first: a template's "*-*-* %i:00" is read for each instance)
        if (section.equals("Timer") && key.equals("OnCalendar") && !value.isEmpty() && value.indexOf('%') < 0) {
            String problem = CalendarEvents.problem(value);
            if (problem != null) {
                return "'" + value + "' is not a calendar event systemd reads: " + problem
                        + " (systemd.time(7) has the syntax; 'systemd-analyze calendar' checks an event).";
            }
        }
        return null;
    }

    /** Whether systemd would refuse the service for its commands and type, said at their lines. */
    private void service(List<UnitFileKeys.Assignment> assignments, OptionPath path, String name, boolean masked) {
        Map<String, Object> unitSection = settings(assignments, "Unit");
        Map<String, Object> serviceSection = settings(assignments, "Service");
        Map<String, Integer> lines = new HashMap<>();
        for (UnitFileKeys.Assignment a : assignments) {
            if (a.section().equals("Service")) {
                lines.put(a.key(), a.line());
            }
        }
        commands.check(name, unitSection, serviceSection, masked,
                new ServiceCommandCheck.Sites() {
                    @Override
                    public void whole(String message) {
                        problems.add(path, message);
                    }

                    @Override
                    public void at(String key, String message) {
                        // a setting that is missing is said at the Type= that asks for it
                        Integer line = lines.getOrDefault(key, lines.get("Type"));
                        problems.add(path, (line == null ? "" : "line " + line + ": ") + message);
                    }

                    @Override
                    public String commandFix() {
                        return "give its [Service] section an ExecStart=.";
                    }
                });
    }

    /** Whether a timer, socket or path unit has something to trigger on. */
    private void triggers(List<UnitFileKeys.Assignment> assignments, OptionPath path, String name) {
        String suffix = name.substring(name.lastIndexOf('.') + 1);
        String section = Character.toUpperCase(suffix.charAt(0)) + suffix.substring(1);
        List<Map.Entry<String, String>> settings = new ArrayList<>();
        for (UnitFileKeys.Assignment a : assignments) {
            if (a.section().equals(section)) {
                settings.add(Map.entry(a.key(), a.value()));
            }
        }
        String problem = TriggerCheck.problem(suffix, settings, "give its [" + section + "] section one.");
        if (problem != null) {
            problems.add(path, problem);
        }
    }

    /** @return a section's settings: each key's values in order, as ServiceCommandCheck reads them */
    private static Map<String, Object> settings(List<UnitFileKeys.Assignment> assignments, String section) {
        Map<String, Object> out = new HashMap<>();
        for (UnitFileKeys.Assignment a : assignments) {
            if (a.section().equals(section)) {
                @SuppressWarnings("unchecked")
                List<String> values = (List<String>) out.computeIfAbsent(a.key(), k -> new ArrayList<String>());
                values.add(a.value());
            }
        }
        return out;
    }
}
