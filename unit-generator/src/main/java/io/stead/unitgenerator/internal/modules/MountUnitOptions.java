package io.stead.unitgenerator.internal.modules;

import static io.stead.api.Types.commas;
import static io.stead.api.Types.str;

import io.stead.api.Definitions;
import io.stead.api.ModuleSpec;
import io.stead.api.Option;
import io.stead.api.Options;

/**
 * The options of a mount ({@code systemd.mounts.<name>}) beyond those of every unit. The unit's
 * name comes from {@code where}, as systemd requires ({@code /var/lib/data} is
 * {@code var-lib-data.mount}); the attribute name only labels the definition.
 */
public final class MountUnitOptions implements ModuleSpec {

    @Override
    public void options(Options options) {
        new SectionOptions("mountConfig", "Mount", "systemd.mount(5)").options(options);
        options.add(Option.of("options", commas()).withDefault("")
                .withDescription("Mount options, comma-separated (Options=)."));
        options.add(Option.of("type", str()).withDefault("")
                .withDescription("File system type (Type=); empty to let mount detect it."));
        options.add(Option.of("what", str()).withExample("/dev/sda1")
                .withDescription("What to mount: a device, file or other resource (What=), "
                        + "taken literally: a '%' is no specifier."));
        options.add(Option.of("where", str()).withExample("/mnt")
                .withDescription("The absolute path to mount it on (Where=), taken literally; "
                        + "names the unit."));
    }

    @Override
    public void config(Definitions config) {
        config.compute("mountConfig", MountSettings::of);
    }
}
