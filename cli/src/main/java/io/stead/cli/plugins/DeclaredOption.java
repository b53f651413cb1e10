package io.stead.cli.plugins;

import io.stead.api.AttrsOf;
import io.stead.api.LazyAttrsOf;
import io.stead.api.ListOf;
import io.stead.api.NestedSystem;
import io.stead.api.NullOr;
import io.stead.api.OptionPath;
import io.stead.api.OptionType;
import io.stead.api.Submodule;
import io.stead.api.Uniq;

/**
 * An option as {@code stead plugins} lists it.
 *
 * @param path the option's absolute path
 * @param type its type's description, such as {@code list of port}
 * @param subOptions where {@code stead option} lists the options of its submodules, with
 *     NixOS's placeholders ({@code users.users.<name>}), or null if it has none
 */
public record DeclaredOption(OptionPath path, String type, String subOptions) {
    /**
     * @param path the option's absolute path
     * @param type its type
     * @return the option as listed
     */
    static DeclaredOption of(OptionPath path, OptionType type) {
        return new DeclaredOption(path, type.description(), subOptions(path.toString(), type));
    }

    private static String subOptions(String path, OptionType type) {
        if (type instanceof Submodule || type instanceof NestedSystem) {
            return path;
        }
        if (type instanceof AttrsOf a) {
            return subOptions(path + ".<name>", a.element());
        }
        if (type instanceof LazyAttrsOf a) {
            return subOptions(path + ".<name>", a.element());
        }
        if (type instanceof ListOf l) {
            return subOptions(path + ".*", l.element());
        }
        if (type instanceof NullOr n) {
            return subOptions(path, n.element());
        }
        return type instanceof Uniq u ? subOptions(path, u.element()) : null;
    }
}
