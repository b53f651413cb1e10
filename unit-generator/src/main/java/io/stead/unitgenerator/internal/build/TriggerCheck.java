package io.stead.unitgenerator.internal.build;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A timer, socket or path unit that has nothing to trigger on: systemd 252 refuses it whole
 * ({@code timer_verify()}, {@code socket_verify()}, {@code path_verify()}: "Timer unit lacks value
 * setting", "Unit has no Listen setting", "Path unit lacks path setting"; each checked with
 * {@code systemd-analyze verify}). An empty assignment of any of a kind's trigger settings
 * removes every trigger given before it, as systemd reads it.
 */
final class TriggerCheck {
    private static final Set<String> TIMER = Set.of("OnActiveSec", "OnBootSec", "OnStartupSec", "OnUnitActiveSec",
            "OnUnitInactiveSec", "OnCalendar");
    private static final Set<String> TIMER_FLAGS = Set.of("OnClockChange", "OnTimezoneChange");
    private static final Set<String> SOCKET = Set.of("ListenStream", "ListenDatagram", "ListenSequentialPacket",
            "ListenFIFO", "ListenSpecial", "ListenNetlink", "ListenMessageQueue", "ListenUSBFunction");
    private static final Set<String> PATH = Set.of("PathExists", "PathExistsGlob", "PathChanged", "PathModified",
            "DirectoryNotEmpty");

    private TriggerCheck() {
    }

    /**
     * @param suffix the unit's type, such as {@code timer}
     * @param settings the settings of its own section ([Timer], ...), in the order it holds them
     * @param fix how to give it a trigger, as a sentence ("give it listenStreams.")
     * @return why systemd would refuse the unit, with the fix, or null
     */
    static String problem(String suffix, List<Map.Entry<String, String>> settings, String fix) {
        Set<String> triggers = switch (suffix) {
            case "timer" -> TIMER;
            case "socket" -> SOCKET;
            case "path" -> PATH;
            default -> null;
        };
        if (triggers == null) {
            return null;
        }
        int given = 0;
        Map<String, Boolean> flags = new HashMap<>();
        for (Map.Entry<String, String> setting : settings) {
            String value = setting.getValue().strip();
            if (triggers.contains(setting.getKey())) {
                given = value.isEmpty() ? 0 : given + 1;
            } else if (suffix.equals("timer") && TIMER_FLAGS.contains(setting.getKey())) {
                // (a value that is no boolean is ignored, and the one before it stays)
                SystemdBoolean.of(value).ifPresent(flag -> flags.put(setting.getKey(), flag));
            }
        }
        if (given > 0 || flags.containsValue(true)) {
            return null;
        }
        return switch (suffix) {
            case "timer" -> "a timer needs something to elapse on: systemd refuses one without OnCalendar=,"
                    + " OnActiveSec=, OnBootSec=, OnStartupSec=, OnUnitActiveSec=, OnUnitInactiveSec=,"
                    + " OnClockChange= or OnTimezoneChange= (\"Timer unit lacks value setting\"); " + fix;
            case "socket" -> "a socket needs something to listen on: systemd refuses one without a Listen...="
                    + " setting such as ListenStream= (\"Unit has no Listen setting\"); " + fix;
            default -> "a path unit needs a path to watch: systemd refuses one without PathExists=,"
                    + " PathExistsGlob=, PathChanged=, PathModified= or DirectoryNotEmpty= (\"Path unit lacks path"
                    + " setting\"); " + fix;
        };
    }
}
