package io.stead.api;

import java.util.List;
import java.util.Map;

/**
 * An attribute set evaluated as a module of its own: its options are declared by
 * {@code modules}, and every definition of the option is a definition of that inner
 * configuration. Inside {@code attrsOf}, each attribute is evaluated separately and its
 * definitions can read its {@linkplain io.stead.api.Config#name() name}.
 *
 * <p>Two declarations of one option whose types are both submodules merge: the inner module
 * lists are concatenated, as in NixOS.
 *
 * @param modules the modules that declare the inner options and contribute inner definitions
 */
public record Submodule(List<ModuleSpec> modules) implements OptionType {
    /** @param modules the inner modules; copied */
    public Submodule {
        modules = List.copyOf(modules);
    }

    @Override
    public String description() {
        return "submodule";
    }

    @Override
    public boolean check(Object value) {
        return value instanceof Map;
    }
}
