package io.stead.unitgenerator.internal.modules;

import io.stead.unitgenerator.internal.config.ConfigReads;
import io.stead.api.Config;
import io.stead.api.ConfigException;
import io.stead.api.OptionPath;
import io.stead.unitgenerator.internal.config.SourceFiles;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The files under {@code /etc} that users and groups imply, computed into
 * {@code environment.etc}: {@code sysusers.d/stead.conf} for systemd-sysusers,
 * {@code tmpfiles.d/stead-homes.conf} for the homes of users with createHome, and
 * {@code ssh/authorized_keys.d/<user>} (mode 0444) for each user with authorized keys.
 */
final class UsersEtcFiles {
    /** The sysusers.d file, relative to /etc. */
    static final String SYSUSERS = "sysusers.d/" + SysusersConf.FILE_NAME;
    /** The tmpfiles.d file that creates the users' homes, relative to /etc. */
    static final String HOMES = "tmpfiles.d/stead-homes.conf";
    /** Where each user's authorized keys go, relative to /etc. */
    static final String AUTHORIZED_KEYS = "ssh/authorized_keys.d/";

    private UsersEtcFiles() {
    }

    /**
     * @param system the system configuration
     * @return the files, by path relative to /etc
     */
    static Map<String, Object> of(Config system) {
        List<SysusersConf.User> users = new ArrayList<>();
        List<SysusersConf.Group> groups = new ArrayList<>();
        Map<String, Object> out = new TreeMap<>();
        List<String> homes = new ArrayList<>();
        for (Map.Entry<String, Config> each : entries(system, "users.users")) {
            Config user = each.getValue();
            String name = user.string("name");
            OptionPath at = OptionPath.of("users", "users", each.getKey());
            if (user.bool("isNormalUser") && user.bool("isSystemUser")) {
                throw new ConfigException(List.of(at.child("isNormalUser"), at.child("isSystemUser")), "'" + at
                        + "' is both a normal and a system user; set one of isNormalUser and isSystemUser, as NixOS"
                        + " asks.");
            }
            if (user.bool("isNormalUser") && user.get("uid") == null) {
                throw new ConfigException(at.child("isNormalUser"), "'" + at + "' is a normal user without a uid:"
                        + " systemd-sysusers, which creates the users, would give it a system user's id (below 1000)."
                        + " Set " + at.child("uid") + " (1000 or above).");
            }
            if (user.bool("createHome")) {
                if (user.string("home") == null) {
                    throw new ConfigException(at.child("createHome"), "'" + at + "' has createHome but no home to"
                            + " create; set " + at.child("home") + ".");
                }
                String group = user.string("group");
                // (tmpfiles replaces specifiers in a path: a '%' of the home is written '%%')
                homes.add("d " + user.string("home").replace("%", "%%") + " 0700 " + name + " "
                        + (group.isEmpty() ? name : group) + " -");
            }
            users.add(new SysusersConf.User(name, Numbers.asLong(user.get("uid")), user.string("group"),
                    user.string("description"), user.string("home"), user.string("shell"),
                    ConfigReads.strings(user, "extraGroups")));
            List<String> keys = new ArrayList<>(ConfigReads.strings(user, "openssh.authorizedKeys.keys"));
            for (String file : ConfigReads.strings(user, "openssh.authorizedKeys.keyFiles")) {
                keys.add(readKeyFile(file, OptionPath.of("users", "users", each.getKey(), "openssh",
                        "authorizedKeys", "keyFiles")).strip());
            }
            if (!keys.isEmpty()) {
                out.put(AUTHORIZED_KEYS + name, Map.of("text", String.join("\n", keys) + "\n", "mode", "0444"));
            }
        }
        for (Config group : instances(system, "users.groups")) {
            groups.add(new SysusersConf.Group(group.string("name"), Numbers.asLong(group.get("gid")),
                    ConfigReads.strings(group, "members")));
        }
        if (!homes.isEmpty()) {
            homes.sort(null);
            out.put(HOMES, Map.of("text", "# home directories of users.users.<name>.createHome\n"
                    + String.join("\n", homes) + "\n"));
        }
        if (!users.isEmpty() || !groups.isEmpty()) {
            users.sort(java.util.Comparator.comparing(SysusersConf.User::name));
            groups.sort(java.util.Comparator.comparing(SysusersConf.Group::name));
            out.put(SYSUSERS, Map.of("text", SysusersConf.render(users, groups)));
        }
        return out;
    }

    private static Collection<Config> instances(Config system, String path) {
        return entries(system, path).stream().map(Map.Entry::getValue).toList();
    }

    private static Collection<Map.Entry<String, Config>> entries(Config system, String path) {
        Map<String, Config> instances = system.submodules(path);
        return instances == null ? List.of() : instances.entrySet();
    }

    /** A user's authorized keys file: an error naming the option (and its lines) if it cannot be read. */
    private static String readKeyFile(String file, OptionPath option) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(SourceFiles.read(file))).toString();
        } catch (SourceFiles.Unreadable e) {
            throw new ConfigException(option, "'" + option + "' names an authorized keys file that cannot be"
                    + " read: " + e.getMessage() + ".");
        } catch (CharacterCodingException e) {
            throw new ConfigException(option, "'" + option + "' names an authorized keys file that is not UTF-8"
                    + " text: " + file + ".");
        }
    }
}
