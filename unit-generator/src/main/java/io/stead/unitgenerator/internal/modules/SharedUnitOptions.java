package io.stead.unitgenerator.internal.modules;

import static io.stead.api.Types.bool;

import io.stead.api.ModuleSpec;
import io.stead.api.Option;
import io.stead.api.Options;
import java.util.List;

/**
 * The options every unit has, whether structured ({@code systemd.services.<name>}) or given as
 * text ({@code systemd.units.<name>}): whether it exists, what pulls it in, its aliases, and how
 * it customises a unit the target already has.
 */
public final class SharedUnitOptions implements ModuleSpec {

    @Override
    public void options(Options options) {
        options.add(Option.of("aliases", UnitTypes.unitNames()).withDefault(List.of())
                .withDescription("Other names of this unit: each becomes a symbolic link to it."));
        options.add(Option.of("enable", bool()).withDefault(true)
                .withDescription("If false, the unit is masked: its name is linked to /dev/null, so "
                        + "systemd cannot start it, even when the target ships it. Note that true does "
                        + "not start the unit at boot; see wantedBy."));
        options.add(Option.of("overrideStrategy", UnitTypes.overrideStrategy())
                .withDefault(UnitTypes.AS_DROPIN_IF_EXISTS)
                .withDescription("asDropinIfExists: if systemd or a package of systemd.packages already "
                        + "ships this unit, write only what the configuration sets, as the drop-in "
                        + "<unit>.d/overrides.conf, else write the whole unit. asDropin: always write "
                        + "a drop-in."));
        options.add(Option.of("requiredBy", UnitTypes.unitNames()).withDefault(List.of())
                .withDescription("Units that require this unit: a link in each one's .requires/ "
                        + "directory, as systemctl enable makes for RequiredBy=."));
        options.add(Option.of("wantedBy", UnitTypes.unitNames()).withDefault(List.of())
                .withDescription("Units that want this unit: a link in each one's .wants/ directory, "
                        + "as systemctl enable makes for WantedBy=. [ \"multi-user.target\" ] starts "
                        + "the unit at boot."));
    }
}
