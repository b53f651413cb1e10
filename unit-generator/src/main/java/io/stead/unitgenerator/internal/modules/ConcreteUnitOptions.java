package io.stead.unitgenerator.internal.modules;

import static io.stead.api.Types.nullOr;
import static io.stead.api.Types.str;

import io.stead.api.ModuleSpec;
import io.stead.api.Option;
import io.stead.api.Options;

/** The option of a unit given as text ({@code systemd.units.<name>}) beyond the shared ones. */
public final class ConcreteUnitOptions implements ModuleSpec {

    @Override
    public void options(Options options) {
        options.add(Option.of("text", nullOr(str())).withDefault(null)
                .withDescription("The unit file's text, written as it is (its keys are still checked). "
                        + "When the target already ships the unit, it becomes the drop-in "
                        + "overrides.conf. Null writes no file: only links (wantedBy, aliases) or a mask."));
    }
}
