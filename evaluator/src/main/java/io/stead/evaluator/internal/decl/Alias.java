package io.stead.evaluator.internal.decl;

import io.stead.api.OptionPath;
import io.stead.evaluator.internal.model.Location;

/**
 * A renamed option ({@code mkRenamedOptionModule}) or a removed one
 * ({@code mkRemovedOptionModule}): definitions of {@code from} go to {@code to}, with a warning,
 * or, when {@code to} is null, are refused with {@code replacement} as advice.
 *
 * @param from the old path
 * @param to the new path, or null for a removal
 * @param replacement for a removal, what to do instead
 * @param location where declared
 */
public record Alias(OptionPath from, OptionPath to, String replacement, Location location) {

    /** @return whether this is a removal rather than a rename */
    public boolean isRemoval() {
        return to == null;
    }
}
