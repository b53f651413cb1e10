package io.stead.unitgenerator.internal.build;

import io.stead.unitgenerator.internal.render.SettingValues;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules by which systemd 252 refuses a whole service unit, for want of a command or for a
 * type that does not fit its commands ({@code service_verify()}; each rule checked with
 * {@code systemd-analyze verify}, which says "Refusing."). They are checked where Stead writes
 * the whole unit: a drop-in's unit has its commands upstream.
 */
final class ServiceCommandCheck {
    /** The SuccessAction= values of systemd 252. */
    private static final Set<String> SUCCESS_ACTIONS = Set.of("exit", "exit-force", "reboot", "reboot-force",
            "reboot-immediate", "poweroff", "poweroff-force", "poweroff-immediate", "halt", "halt-force",
            "halt-immediate");

    private final Problems problems;

    ServiceCommandCheck(Problems problems) {
        this.problems = problems;
    }

    /** Where a service's problems are said: the whole service's, and a setting's. */
    interface Sites {
        /** @param message a problem of the whole service */
        void whole(String message);

        /**
         * @param key the setting of its [Service] section the problem is in (or would be set)
         * @param message the problem
         */
        void at(String key, String message);

        /** @return how to give a service a command, as a sentence */
        String commandFix();
    }

    /**
     * @param unit a service that Stead writes whole
     * @param masked whether the target ships it masked (which is why it is written whole)
     */
    void check(StructuredUnit unit, boolean masked) {
        check(unit.name(), unit.unitConfig(), unit.settings(), masked, new Sites() {
            @Override
            public void whole(String message) {
                problems.add(unit.path(), message);
            }

            @Override
            public void at(String key, String message) {
                problems.add(unit.settingsPath().child(key), message);
            }

            @Override
            public String commandFix() {
                return "give it a script or serviceConfig.ExecStart.";
            }
        });
    }

    /**
     * @param name the service's name
     * @param unitSection its [Unit] settings: a value, or a list of them in order
     * @param settings its [Service] settings, likewise
     * @param masked whether the target ships it masked (which is why it is written whole)
     * @param sites where its problems are said
     */
    void check(String name, Map<String, Object> unitSection, Map<String, Object> settings, boolean masked,
               Sites sites) {
        int starts = commands(settings.get("ExecStart"));
        int stops = commands(settings.get("ExecStop"));
        if (starts < 0 || stops < 0) {
            return; // not a value a unit file can hold: said where it is written
        }
        String successAction = last(unitSection.get("SuccessAction"));
        // (systemd ignores a name it does not know: "Failed to parse SuccessAction=")
        boolean succeeds = successAction != null && SUCCESS_ACTIONS.contains(successAction);
        String busName = last(settings.get("BusName"));
        String type = last(settings.get("Type"));
        if (type == null || type.isBlank()) {
            // systemd's choice when no Type= is set
            type = busName != null && !busName.isBlank() ? "dbus" : starts > 0 ? "simple" : "oneshot";
        }
        String remain = last(settings.get("RemainAfterExit"));
        boolean remains = SystemdBoolean.isTrue(remain);
        if (starts == 0 && stops == 0 && !succeeds) {
            sites.whole("a service needs a command: systemd refuses one without ExecStart=, ExecStop= or"
                    + " SuccessAction= (\"Service has no ExecStart=, ExecStop=, or SuccessAction=\"); "
                    + sites.commandFix() + (masked ? " (" + name + " is masked on the target, so"
                    + " its configuration is the whole unit, not a drop-in.)" : ""));
        } else if (!type.equals("oneshot") && starts == 0) {
            sites.at("ExecStart", "a service of Type=" + type + " needs an ExecStart=;"
                    + " systemd allows none only for Type=oneshot, and refuses the unit.");
        } else if (!remains && starts == 0 && !succeeds) {
            sites.at("ExecStart", "a service with no ExecStart= needs RemainAfterExit=yes or a"
                    + " SuccessAction=: systemd refuses it otherwise (it would be done as soon as it started).");
        } else if (!type.equals("oneshot") && starts > 1) {
            sites.at("ExecStart", "a service of Type=" + type + " runs one ExecStart= command,"
                    + " and systemd refuses the unit with " + starts + "; only Type=oneshot runs several (or use"
                    + " ExecStartPre= and ExecStartPost=).");
        }
        String exitType = last(settings.get("ExitType"));
        if (type.equals("oneshot") && "cgroup".equals(exitType)) {
            sites.at("ExitType", "systemd refuses ExitType=cgroup for a Type=oneshot service.");
        }
        String pam = last(settings.get("PAMName"));
        String killMode = last(settings.get("KillMode"));
        if (pam != null && !pam.isEmpty() && ("process".equals(killMode) || "none".equals(killMode))) {
            sites.at("KillMode", "a service with PAMName= needs KillMode=control-group or"
                    + " mixed: systemd refuses KillMode=" + killMode + " there.");
        }
        String restart = last(settings.get("Restart"));
        if (type.equals("oneshot") && ("always".equals(restart) || "on-success".equals(restart))) {
            sites.at("Restart", "systemd refuses Restart=" + restart + " for a Type=oneshot"
                    + " service (a oneshot service may restart on failure only).");
        }
        if (type.equals("dbus") && (busName == null || busName.isBlank())) {
            sites.at("BusName", "a service of Type=dbus needs a BusName=, the D-Bus name it"
                    + " takes: systemd refuses the unit without one.");
        }
    }

    /**
     * @return how many commands a setting such as ExecStart= leaves, counted as systemd does (an
     *     empty line removes those before it); 0 if unset; -1 if it is not a setting's value
     */
    private static int commands(Object value) {
        if (value == null) {
            return 0;
        }
        List<String> lines;
        try {
            lines = SettingValues.lines(value);
        } catch (IllegalArgumentException e) {
            return -1;
        }
        int count = 0;
        for (String line : lines) {
            count = line.isBlank() ? 0 : count + commandsIn(line);
        }
        return count;
    }

    /** @return how many commands one line holds: a word ';' alone separates two ("\\;" does not) */
    private static int commandsIn(String line) {
        int commands = 1;
        String[] words = line.strip().split("[ \t]+");
        for (int i = 1; i < words.length - 1; i++) {
            if (words[i].equals(";")) {
                commands++;
            }
        }
        return commands;
    }

    /** @return the value a setting ends with (the last of several lines), stripped, or null */
    static String last(Object value) {
        if (value == null) {
            return null;
        }
        try {
            List<String> lines = SettingValues.lines(value);
            return lines.isEmpty() ? null : lines.get(lines.size() - 1).strip();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
