package io.stead.api;

import java.util.List;
import java.util.Map;

/**
 * A whole Stead system configuration evaluated inside another, such as the configuration of a
 * container: a submodule whose modules are every service module of the enclosing evaluation.
 *
 * <p>{@code modules} are added to every instance besides those, as NixOS's containers module
 * adds its {@code extraConfig} ({@code boot.isContainer = true}, the host's platform) to each
 * container's evaluation: they are not definitions of the option, so they do not make it
 * defined ({@link Config#isDefined}). Their {@code $ref}s, conditions and computed values read
 * the system enclosing the instance (the host), as definitions given from outside do. They
 * declare no options.
 *
 * @param modules the modules every instance gets; copied
 */
public record NestedSystem(List<ModuleSpec> modules) implements OptionType {
    /** @param modules copied */
    public NestedSystem {
        modules = List.copyOf(modules);
    }

    /** A nested system with the system's modules alone. */
    public NestedSystem() {
        this(List.of());
    }

    // equals and hashCode written out, as Submodule's are: a record's generated ones are linked
    // on first call through method handles, which a cold start pays for

    /**
     * @param other another object
     * @return whether it is a nested system of equal modules
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof NestedSystem that && modules.equals(that.modules);
    }

    @Override
    public int hashCode() {
        return modules.hashCode();
    }

    @Override
    public String description() {
        return "Stead system configuration";
    }

    @Override
    public boolean check(Object value) {
        return value instanceof Map;
    }
}
