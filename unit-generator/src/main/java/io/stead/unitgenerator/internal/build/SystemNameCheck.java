package io.stead.unitgenerator.internal.build;

import io.stead.api.Config;
import io.stead.api.OptionPath;
import io.stead.unitgenerator.internal.config.ConfigReads;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Names and numbers that systemd would refuse or change when the system starts: a user or group
 * name that systemd-sysusers does not take (it skips the line), a uid or gid it does not take,
 * two users (or groups) with one number (it silently gives the second another), and a host name
 * with '_', which NixOS's type takes but systemd refuses.
 */
final class SystemNameCheck {
    /** systemd's strict user and group names: what sysusers creates. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]{0,30}");
    /** The largest id; 4294967295 and 65535 mean "no user" to the kernel and to old programs. */
    private static final long MAX_ID = 4294967294L;

    private final Problems problems;

    SystemNameCheck(Problems problems) {
        this.problems = problems;
    }

    /** @param system the system configuration */
    void check(Config system) {
        accounts(system, "users", "uid", "user");
        accounts(system, "groups", "gid", "group");
        String host = system.string("networking.hostName");
        if (host != null && host.indexOf('_') >= 0) {
            problems.add(OptionPath.of("networking", "hostName"), "'" + host + "': systemd refuses a host name with"
                    + " '_' (letters, digits and '-' only), and the host would keep its name.");
        }
    }

    private void accounts(Config system, String option, String idOption, String what) {
        Map<Long, OptionPath> ids = new HashMap<>();
        for (Map.Entry<String, Config> each : ConfigReads.submodules(system, "users." + option).entrySet()) {
            OptionPath path = OptionPath.of("users", option, each.getKey());
            String name = each.getValue().string("name");
            if (!NAME.matcher(name).matches()) {
                // (the name defaults to the attribute's: then the user's line is the instance's)
                problems.add(name.equals(each.getKey()) ? path : path.child("name"), "'" + name + "' is not a " + what
                        + " name that systemd-sysusers"
                        + " takes (letters, digits, '_' and '-', beginning with a letter or '_', at most 31"
                        + " characters): it would skip the " + what + ".");
            }
            if (!(each.getValue().get(idOption) instanceof Number number)) {
                continue;
            }
            long id = number.longValue();
            OptionPath idPath = path.child(idOption);
            if (id < 0 || id > MAX_ID || id == 65535) {
                problems.add(idPath, id + " is not a " + idOption + " that systemd-sysusers takes (0 to " + MAX_ID
                        + ", except 65535).");
                continue;
            }
            OptionPath earlier = ids.putIfAbsent(id, idPath);
            if (earlier != null) {
                problems.add(idPath, id + " is '" + earlier + "' too: each " + what + " needs a " + idOption
                        + " of its own (systemd-sysusers would give this one another).");
            }
        }
    }
}
