package io.stead.unitgenerator.internal.modules;

import io.stead.api.Config;
import io.stead.api.OptionPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What systemd-sysusers refuses or changes in users and groups, as failed assertions: a name it
 * does not take (it skips the line), a uid or gid it does not take, and two users (or groups)
 * with one number, of which it silently gives the second another.
 */
final class SysusersChecks {
    /** systemd's strict user and group names: what sysusers creates. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]{0,30}");
    /** The largest id; 4294967295 and 65535 mean "no user" to the kernel and to old programs. */
    private static final long MAX_ID = 4294967294L;

    private SysusersChecks() {
    }

    /**
     * @param system the system configuration
     * @return a failed assertion for each problem
     */
    static List<Map<String, Object>> of(Config system) {
        List<String> problems = new ArrayList<>();
        check(system, "users", "uid", "user", problems);
        check(system, "groups", "gid", "group", problems);
        List<Map<String, Object>> failed = new ArrayList<>();
        for (String problem : problems) {
            failed.add(Map.of("assertion", false, "message", problem));
        }
        return failed;
    }

    private static void check(Config system, String option, String idOption, String what, List<String> problems) {
        Map<String, Config> all = system.submodules("users." + option);
        if (all == null) {
            return;
        }
        Map<Long, OptionPath> ids = new HashMap<>();
        for (Map.Entry<String, Config> each : all.entrySet()) {
            OptionPath path = OptionPath.of("users", option, each.getKey());
            String name = each.getValue().string("name");
            if (!NAME.matcher(name).matches()) {
                problems.add("'" + path.child("name") + "' is '" + name + "': systemd-sysusers takes a " + what
                        + " name of letters, digits, '_' and '-', beginning with a letter or '_', of at most 31"
                        + " characters");
            }
            Object value = each.getValue().get(idOption);
            if (!(value instanceof Number number)) {
                continue;
            }
            long id = number.longValue();
            OptionPath idPath = path.child(idOption);
            if (id < 0 || id > MAX_ID || id == 65535) {
                problems.add("'" + idPath + "' is " + id + ": systemd-sysusers takes a " + idOption + " from 0 to "
                        + MAX_ID + ", except 65535");
                continue;
            }
            OptionPath earlier = ids.putIfAbsent(id, idPath);
            if (earlier != null) {
                problems.add("'" + idPath + "' is " + id + ", as '" + earlier + "' is: each " + what + " needs a "
                        + idOption + " of its own (systemd-sysusers would give the second another)");
            }
        }
    }
}
