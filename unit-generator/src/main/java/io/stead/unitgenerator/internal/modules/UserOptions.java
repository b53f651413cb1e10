package io.stead.unitgenerator.internal.modules;

import static io.stead.api.Types.bool;
import static io.stead.api.Types.integer;
import static io.stead.api.Types.listOf;
import static io.stead.api.Types.nullOr;
import static io.stead.api.Types.path;
import static io.stead.api.Types.strMatching;

import io.stead.api.Config;
import io.stead.api.Definition;
import io.stead.api.Definitions;
import io.stead.api.ModuleSpec;
import io.stead.api.Option;
import io.stead.api.Options;
import java.util.List;

/** The options of one user ({@code users.users.<name>}), as NixOS's users-groups.nix and openssh. */
public final class UserOptions implements ModuleSpec {

    @Override
    public void options(Options options) {
        options.add(Option.of("createHome", bool()).withDefault(false)
                .withDescription("Whether to create the home directory (mode 0700, owned by the user and its"
                        + " group) with systemd-tmpfiles, through /etc/tmpfiles.d/stead-homes.conf: made at the"
                        + " next boot, or by systemd-tmpfiles --create. Needs home."));
        options.add(Option.of("description", SysusersFields.DESCRIPTION).withDefault("")
                .withExample("Alice Q. User")
                .withDescription("A short description of the user (the GECOS field); no colon, quote, backslash or"
                        + " control character."));
        options.add(Option.of("extraGroups", listOf(SysusersFields.NAME)).withDefault(List.of())
                .withDescription("Further groups the user is a member of: of users.groups, a user's own group, or"
                        + " one the target has; systemd-sysusers creates one that nothing makes (wheel on Debian)."
                        + " The name of a user with another primary group is refused: sysusers would leave the"
                        + " user out of it."));
        options.add(Option.of("group", SysusersFields.GROUP).withDefault("")
                .withDescription("The user's primary group: of users.groups, another user's own group, or one"
                        + " the target has; empty, or the user's name, for a group of the user's own name."));
        options.add(Option.of("home", nullOr(SysusersFields.ABSOLUTE_PATH)).withDefault(null)
                .withDescription("The user's home directory; null for sysusers' default."));
        options.add(Option.of("isNormalUser", bool()).withDefault(false)
                .withDescription("Whether the user is a person's account, as NixOS's: home /home/<name> (created),"
                        + " group users and shell /bin/bash unless set otherwise. It needs a uid (1000 or above):"
                        + " systemd-sysusers, which creates the users, gives only system users' ids."));
        options.add(Option.of("isSystemUser", bool()).withDefault(false)
                .withDescription("Whether the user is a system account, as NixOS's: every user without"
                        + " isNormalUser is one, since systemd-sysusers creates system users; accepted for"
                        + " configurations written for NixOS, not both with isNormalUser."));
        options.add(Option.of("name", SysusersFields.NAME).withDefault(Definition.computed(Config::name))
                .withDescription("The user's name; by default the attribute name."));
        options.add(Option.of("openssh.authorizedKeys.keyFiles", listOf(path())).withDefault(List.of())
                .withDescription("Files of public keys allowed to log in as this user, read at build time "
                        + "and added to /etc/ssh/authorized_keys.d/<name>."));
        options.add(Option.of("openssh.authorizedKeys.keys", listOf(strMatching("[^\\n]*")))
                .withDefault(List.of())
                .withExample(List.of("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA... alice@laptop"))
                .withDescription("Public keys allowed to log in as this user, one authorized_keys line "
                        + "each, written to /etc/ssh/authorized_keys.d/<name> (mode 0444)."));
        options.add(Option.of("shell", nullOr(SysusersFields.ABSOLUTE_PATH)).withDefault(null)
                .withDescription("The user's login shell; null for sysusers' default."));
        options.add(Option.of("uid", nullOr(integer())).withDefault(null)
                .withDescription("The user's numeric id; null to let systemd-sysusers pick one."));
    }

    @Override
    public void config(Definitions config) {
        // NixOS's isNormalUser defaults (users-groups.nix), below what the user sets
        Definitions normal = config.when("isNormalUser");
        normal.set("home", Definition.mkDefault(Definition.computed(user -> "/home/" + user.string("name"))));
        normal.set("group", Definition.mkDefault("users"));
        normal.set("shell", Definition.mkDefault("/bin/bash"));
        normal.set("createHome", Definition.mkDefault(true));
    }
}
