package io.stead.evaluator.internal.eval;

import io.stead.api.AttrsOf;
import io.stead.api.LazyAttrsOf;
import io.stead.api.ListOf;
import io.stead.api.NestedSystem;
import io.stead.api.OptionPath;
import io.stead.api.OptionType;
import io.stead.api.Submodule;

/**
 * The names NixOS's option documentation gives any element of a collection of submodules
 * ({@code users.users.<name>.home}, {@code fileSystems.*.device}: its types' getSubOptions add
 * {@code <name>} for an attribute set, {@code *} for a list). {@code stead option} reads such a
 * path as an instance with no definitions of its own, to show what every instance declares.
 */
final class Placeholder {
    static final String ATTRIBUTE = "<name>";
    static final String ELEMENT = "*";

    private Placeholder() {
    }

    /**
     * The submodule instance that a run of placeholders below an option stands for. As NixOS's
     * getSubOptions, each collection adds its placeholder and asks its element type, so
     * {@code attrsOf (attrsOf submodule)} has {@code a.<name>.<name>.x}.
     *
     * @param submodule the submodule type reached
     * @param segments how many placeholders reach it
     */
    record Reached(OptionType submodule, int segments) {
    }

    /**
     * @param type an option's type
     * @param path a path going below the option
     * @param from the index of the path's first segment below the option
     * @return the submodule that the placeholders from there stand for an instance of, or null
     *     if they do not reach one
     */
    static Reached submodule(OptionType type, OptionPath path, int from) {
        OptionType t = ThroughNullOrUniq.inner(type);
        for (int i = from; i < path.size(); i++) {
            String segment = path.segments().get(i);
            if (t instanceof AttrsOf a && segment.equals(ATTRIBUTE)) {
                t = ThroughNullOrUniq.inner(a.element());
            } else if (t instanceof LazyAttrsOf a && segment.equals(ATTRIBUTE)) {
                t = ThroughNullOrUniq.inner(a.element());
            } else if (t instanceof ListOf l && segment.equals(ELEMENT)) {
                t = ThroughNullOrUniq.inner(l.element());
            } else {
                return null;
            }
            if (t instanceof Submodule || t instanceof NestedSystem) {
                return new Reached(t, i + 1 - from);
            }
        }
        return null;
    }

    /**
     * @param type an option's type
     * @return the submodule type that a path directly below the option goes into (a plain,
     *     nullOr or uniq submodule), or null if it is not one
     */
    static OptionType submoduleBelow(OptionType type) {
        OptionType t = ThroughNullOrUniq.inner(type);
        return t instanceof Submodule || t instanceof NestedSystem ? t : null;
    }
}
