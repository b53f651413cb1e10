package io.stead.unitgenerator.internal.modules;

import static io.stead.api.Types.attrsOf;

import io.stead.api.ModuleSpec;
import io.stead.api.Option;
import io.stead.api.Options;
import java.util.Map;

/**
 * A unit kind's own section as a free-form option, such as {@code timerConfig} for
 * {@code [Timer]}: the whole module of timers, paths and slices, and a part of sockets' and
 * mounts'.
 *
 * @param option the option's name, such as {@code timerConfig}
 * @param section the section, such as {@code Timer}
 * @param manual the manual page that lists its keys, such as {@code systemd.timer(5)}
 */
public record SectionOptions(String option, String section, String manual) implements ModuleSpec {

    @Override
    public void options(Options options) {
        options.add(Option.of(option, attrsOf(UnitTypes.unitOption())).withDefault(Map.of())
                .withDescription("Settings of the [" + section + "] section, by key (see " + manual
                        + "). A list is written as repeated keys. Keys systemd does not know are "
                        + "refused; see systemd.extraUnitKeys."));
    }
}
