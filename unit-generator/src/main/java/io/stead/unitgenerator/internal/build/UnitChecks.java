package io.stead.unitgenerator.internal.build;

import io.stead.api.Config;
import io.stead.api.OptionPath;
import io.stead.unitgenerator.internal.config.ConfigReads;
import io.stead.unitgenerator.internal.upstream.UnitNames;
import java.util.List;
import java.util.Map;

/**
 * What systemd would refuse or ignore in a unit's own options, beyond their types: a template
 * pulled in or timed by itself, a calendar event it cannot read, a slice's failure dependencies,
 * a specifier it does not know in the description.
 */
final class UnitChecks {
    private final Problems problems;

    UnitChecks(Problems problems) {
        this.problems = problems;
    }

    /**
     * @param kind the unit's kind
     * @param name its file name
     * @param unit its configuration
     * @param enablement how it takes part, its names' specifiers replaced
     * @param unitConfig its {@code [Unit]} settings
     * @param path the option that defines it
     */
    void check(UnitKind kind, String name, Config unit, Enablement enablement, Map<String, Object> unitConfig,
               OptionPath path) {
        List<String> startAt = kind == UnitKind.SERVICE ? ConfigReads.strings(unit, "startAt") : List.of();
        if (UnitNames.isTemplate(name)) {
            template(name, enablement, startAt, path);
        }
        startAt(startAt, path);
        if (kind == UnitKind.SLICE) {
            // systemd: "Requested dependency OnFailure=... ignored (slice units cannot fail)"
            for (String option : List.of("onFailure", "onSuccess")) {
                if (!ConfigReads.strings(unit, option).isEmpty()) {
                    problems.add(path.child(option), "a slice never fails or succeeds, so systemd ignores "
                            + option + " there.");
                }
            }
        }
        description(name, unit, unitConfig, path);
        documentation(unit, path);
        for (String option : List.of("startLimitBurst", "startLimitIntervalSec")) {
            if (unit.isDefined(option) && unit.get(option) instanceof Number n && n.longValue() < 0) {
                // systemd: "Failed to parse unsigned value" / "Failed to parse sec value", ignoring
                problems.add(path.child(option), "cannot be negative: systemd would ignore " + n + ".");
            }
        }
    }

    /**
     * The URLs systemd takes in {@code Documentation=} ({@code documentation_url_is_valid()}):
     * http, https, file, info and man, in ASCII; it drops any other with "Invalid URL".
     */
    private void documentation(Config unit, OptionPath path) {
        for (String url : ConfigReads.strings(unit, "documentation")) {
            String problem = documentationProblem(url);
            if (problem != null) {
                problems.add(path.child("documentation"), problem);
            }
        }
    }

    /** @return why systemd would drop this URL from Documentation=, with the fix, or null */
    static String documentationProblem(String url) {
        String rest = url.startsWith("http://") ? url.substring(7) : url.startsWith("https://") ? url.substring(8)
                : url.startsWith("file:/") ? url.substring(6) : url.startsWith("info:") ? url.substring(5)
                : url.startsWith("man:") ? url.substring(4) : null;
        if (url.indexOf('\'') >= 0 || url.indexOf('"') >= 0 || url.indexOf('\\') >= 0) {
            // systemd splits Documentation= into words, reading quotes and backslashes
            // ("Invalid syntax, ignoring": the whole line)
            return "'" + url + "': systemd reads a quote or a backslash in Documentation= as its own syntax, and"
                    + " would drop the whole line; write it %-encoded (%27, %22, %5C).";
        }
        if (rest == null || rest.isEmpty() || !rest.chars().allMatch(c -> c > 0 && c < 128)) {
            return "'" + url + "' is not a URL systemd takes in Documentation= (http://, https://, file:/, info: or"
                    + " man:, then ASCII characters), and it would be dropped; write a non-ASCII character %-encoded.";
        }
        return null;
    }

    /**
     * A template ({@code worker@.service}) runs only as an instance: a link or a timer for the
     * template itself starts nothing, and systemd refuses such a link. A template pulled in by a
     * template (WantedBy=container@.target in sshd@.service) is linked as systemctl enable does:
     * container@foo.target pulls in sshd@foo.service.
     */
    private void template(String name, Enablement enablement, List<String> startAt, OptionPath path) {
        String instance = "'" + name + "' is a template, which systemd runs only as an instance ("
                + name.replace("@.", "@NAME.") + "): it cannot be started by ";
        String instead = " Pull in an instance instead, for instance with a target's wants.";
        for (String option : List.of("wantedBy", "requiredBy")) {
            List<String> names = option.equals("wantedBy") ? enablement.wantedBy() : enablement.requiredBy();
            if (!names.stream().allMatch(UnitNames::isTemplate)) {
                problems.add(path.child(option), instance + "a link of its own, only by a template's (" + option
                        + " = [\"box@.target\"])." + instead);
            }
        }
        if (!startAt.isEmpty()) {
            problems.add(path.child("startAt"), instance + "a timer of its own." + instead);
        }
    }

    private void startAt(List<String> events, OptionPath path) {
        for (String event : events) {
            if (event.isBlank()) {
                // OnCalendar= with nothing resets the timer's events: it would never elapse
                problems.add(path.child("startAt"), "a calendar event cannot be empty (systemd would read"
                        + " OnCalendar= as removing every event).");
                continue;
            }
            String problem = CalendarEvents.problem(event);
            if (problem != null) {
                problems.add(path.child("startAt"), "'" + event + "' is not a calendar event systemd reads: " + problem
                        + " (systemd.time(7) has the syntax; 'systemd-analyze calendar' checks an event).");
            }
        }
    }

    /**
     * systemd replaces specifiers in {@code Description=} and drops the whole line for one it does
     * not know ("at %z"): a '%' meant as itself before a letter or digit is written "%%".
     */
    private void description(String name, Config unit, Map<String, Object> unitConfig, OptionPath path) {
        if (!(unitConfig.get("Description") instanceof String description)) {
            return;
        }
        String problem = UnitSpecifiers.problem(description, name, "systemd would ignore the whole description");
        if (problem != null) {
            problems.add(descriptionPath(unit, unitConfig, path), problem);
        }
    }

    /**
     * @return the option a unit's {@code Description=} comes from: the description option,
     *     unless unitConfig.Description was set apart from it
     */
    static OptionPath descriptionPath(Config unit, Map<String, Object> unitConfig, OptionPath path) {
        return unitConfig.get("Description") instanceof String d && d.equals(unit.string("description"))
                ? path.child("description") : path.child("unitConfig").child("Description");
    }
}
