package io.stead.unitgenerator.internal.modules;

import static io.stead.api.Types.attrsOf;

import io.stead.api.Definitions;
import io.stead.api.Option;
import io.stead.api.Options;
import io.stead.api.ServiceModule;
import io.stead.api.Submodule;
import java.util.List;
import java.util.Map;

/**
 * The base module {@code users-groups}: system users and groups ({@code users.users},
 * {@code users.groups}), created by systemd-sysusers from {@code /etc/sysusers.d/stead.conf},
 * and users' authorized SSH keys in {@code /etc/ssh/authorized_keys.d}.
 */
public final class UsersGroupsModule implements ServiceModule {

    @Override
    public String name() {
        return "users-groups";
    }

    @Override
    public String description() {
        return "users and groups (sysusers.d) and their authorized SSH keys: users.users, users.groups";
    }

    @Override
    public void options(Options options) {
        options.add(Option.of("users.groups", attrsOf(new Submodule(List.of(new GroupOptions())))).withDefault(Map.of())
                .withDescription("Groups, by name, created by systemd-sysusers when missing."));
        options.add(Option.of("users.users", attrsOf(new Submodule(List.of(new UserOptions())))).withDefault(Map.of())
                .withDescription("Users, by name, created by systemd-sysusers when missing (an existing "
                        + "user such as root is left as it is, but gets its authorized keys)."));
        // NixOS's old names (mkRenamedOptionModule), which the seed's configurations use
        options.rename("users.extraUsers", "users.users");
        options.rename("users.extraGroups", "users.groups");
    }

    @Override
    public void config(Definitions config) {
        config.compute("environment.etc", UsersEtcFiles::of);
    }
}
