package io.stead.unitgenerator.internal.modules;

import io.stead.api.ConfigException;
import io.stead.api.OptionPath;
import java.util.regex.Pattern;

/**
 * The check that a user or group name fits /etc/sysusers.d/stead.conf. Names come from
 * attribute names, which may hold anything, and {@link SysusersConf} writes them as they are,
 * one entry a line, fields separated by white space, which sysusers unquotes and unescapes: a
 * newline would begin an entry of its own (a user of uid 0, say), a space another field. A
 * user's name also names its file in /etc/ssh/authorized_keys.d. NixOS's passwdEntry type
 * refuses ':' and newlines for the same reason, in /etc/passwd. systemd-sysusers is stricter
 * still; this refuses only the names that would be misread.
 */
final class SysusersNames {
    private static final Pattern WRITABLE = Pattern.compile("[^\\s\\p{Cntrl}\"'\\\\:/]+");

    private SysusersNames() {
    }

    /**
     * @param option the option the name is in
     * @param name a user's or group's name
     * @return the name
     * @throws ConfigException naming the option, if the name does not fit
     */
    static String checked(OptionPath option, String name) {
        if (!WRITABLE.matcher(name).matches()) {
            throw new ConfigException("'" + option + "': the name \"" + name.replace("\n", "\\n")
                    + "\" cannot be written to /etc/sysusers.d/stead.conf: a user's or group's name is not"
                    + " empty and has no white space, control character, quote, backslash, ':' or '/'.");
        }
        return name;
    }
}
