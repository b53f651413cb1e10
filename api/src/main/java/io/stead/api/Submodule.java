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

    // equals and hashCode written out: a record's generated ones are linked on first call
    // through method handles, which cost a cold `stead eval` about 10 ms (profiled), and the
    // evaluator hashes submodule types while reading declarations

    /**
     * @param other another object
     * @return whether it is a submodule type of equal modules
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Submodule that && modules.equals(that.modules);
    }

    @Override
    public int hashCode() {
        return modules.hashCode();
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
