package io.stead.evaluator;

import static io.stead.api.Types.bool;
import static io.stead.api.Types.listOf;
import static io.stead.api.Types.str;
import static io.stead.api.Types.submodule;

import io.stead.api.Config;
import io.stead.api.Definition;
import io.stead.api.Definitions;
import io.stead.api.ModuleSpec;
import io.stead.api.Option;
import io.stead.api.Options;
import java.util.List;
import java.util.function.Function;

/**
 * The evaluator's own options, present in every configuration: {@code assertions} (which stop
 * a build with their messages when false) and {@code warnings} (printed on stderr), with the
 * warnings about the renamed options the configuration defines, as NixOS's rename modules
 * give them. (Here, not among the internals: messages and {@code stead option} name the line of
 * a module's own class, and skip the evaluator's internal frames.)
 */
final class CoreModule implements ModuleSpec {
    private final Function<Config, Object> renameWarnings;

    /** @param renameWarnings computes the warnings about a system's renamed options */
    CoreModule(Function<Config, Object> renameWarnings) {
        this.renameWarnings = renameWarnings;
    }

    @Override
    public void options(Options options) {
        options.add(Option.of("assertions", listOf(submodule(
                        Option.of("assertion", bool()).withDescription("What must hold."),
                        Option.of("message", str()).withDescription("What to say when it does not."))))
                .withDefault(List.of())
                .withDescription("Conditions that must hold for the configuration to build; each failed one"
                        + " stops the build with its message."));
        options.add(Option.of("warnings", listOf(str()))
                .withDefault(List.of())
                .withDescription("Warnings printed on stderr when the configuration is evaluated."));
    }

    @Override
    public void config(Definitions config) {
        // before the other warnings, wherever the modules defining them stand in module order
        config.set("warnings", Definition.mkBefore(Definition.computed(renameWarnings)));
    }
}
