package io.stead.evaluator.internal;

import static io.stead.api.Types.bool;
import static io.stead.api.Types.listOf;
import static io.stead.api.Types.str;
import static io.stead.api.Types.submodule;

import io.stead.api.ModuleSpec;
import io.stead.api.Option;
import io.stead.api.Options;
import java.util.List;

/**
 * The evaluator's own options, present in every configuration: {@code assertions} (which stop
 * a build with their messages when false) and {@code warnings} (printed on stderr).
 */
public final class CoreModule implements ModuleSpec {
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
}
