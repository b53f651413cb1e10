package io.stead.evaluator.internal.decl;

import io.stead.api.OptionPath;
import io.stead.api.OptionType;
import io.stead.evaluator.internal.model.Location;
import io.stead.evaluator.internal.model.Node;

/**
 * One option declaration with its provenance, from a plugin or an {@code options:} block.
 *
 * @param path the option's path, relative to the module's configuration
 * @param type its type
 * @param defaultValue the default as a definition, or null if none is declared
 * @param description human description, possibly empty
 * @param example example value (plain), or null
 * @param readOnly whether it may be set once only
 * @param location where declared
 */
public record Declaration(OptionPath path, OptionType type, Node defaultValue, String description,
                          Object example, boolean readOnly, Location location) {

    /** @return whether a default was declared */
    public boolean hasDefault() {
        return defaultValue != null;
    }
}
