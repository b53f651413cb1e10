package io.stead.unitgenerator.internal.modules;

import static io.stead.api.Types.integer;
import static io.stead.api.Types.listOf;
import static io.stead.api.Types.nullOr;

import io.stead.api.Config;
import io.stead.api.Definition;
import io.stead.api.ModuleSpec;
import io.stead.api.Option;
import io.stead.api.Options;
import java.util.List;

/** The options of one group ({@code users.groups.<name>}). */
public final class GroupOptions implements ModuleSpec {

    @Override
    public void options(Options options) {
        options.add(Option.of("gid", nullOr(integer())).withDefault(null)
                .withDescription("The group's numeric id; null to let systemd-sysusers pick one."));
        options.add(Option.of("members", listOf(SysusersFields.NAME)).withDefault(List.of())
                .withDescription("Users who are members of this group: of users.users or of the target (a name"
                        + " that is neither is refused: systemd-sysusers would create the user)."));
        options.add(Option.of("name", SysusersFields.NAME).withDefault(Definition.computed(Config::name))
                .withDescription("The group's name; by default the attribute name."));
    }
}
