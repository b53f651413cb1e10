package io.stead.evaluator.internal.eval;

import io.stead.api.AttrsOf;
import io.stead.api.LazyAttrsOf;
import io.stead.api.ListOf;
import io.stead.api.NestedSystem;
import io.stead.api.NullOr;
import io.stead.api.OptionType;
import io.stead.api.Submodule;
import io.stead.api.Uniq;

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
     * @param type an option's type
     * @param segment the path's segment just below the option
     * @return the submodule type that the segment stands for an instance of, or null if it is
     *     not that type's placeholder
     */
    static OptionType submodule(OptionType type, String segment) {
        OptionType t = unwrapped(type);
        OptionType element;
        if (t instanceof AttrsOf a && segment.equals(ATTRIBUTE)) {
            element = a.element();
        } else if (t instanceof LazyAttrsOf a && segment.equals(ATTRIBUTE)) {
            element = a.element();
        } else if (t instanceof ListOf l && segment.equals(ELEMENT)) {
            element = l.element();
        } else {
            return null;
        }
        element = unwrapped(element);
        return element instanceof Submodule || element instanceof NestedSystem ? element : null;
    }

    /**
     * @param type an option's type
     * @return the submodule type that a path directly below the option goes into (a plain,
     *     nullOr or uniq submodule), or null if it is not one
     */
    static OptionType submoduleBelow(OptionType type) {
        OptionType t = unwrapped(type);
        return t instanceof Submodule || t instanceof NestedSystem ? t : null;
    }

    /** nullOr and uniq add no level to a path (NixOS's getSubOptions passes through them). */
    private static OptionType unwrapped(OptionType type) {
        OptionType t = type;
        while (true) {
            if (t instanceof NullOr n) {
                t = n.element();
            } else if (t instanceof Uniq u) {
                t = u.element();
            } else {
                return t;
            }
        }
    }
}
