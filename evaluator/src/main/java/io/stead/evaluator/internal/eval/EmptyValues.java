package io.stead.evaluator.internal.eval;

import io.stead.api.Attrs;
import io.stead.api.AttrsOf;
import io.stead.api.Commas;
import io.stead.api.LazyAttrsOf;
import io.stead.api.Lines;
import io.stead.api.ListOf;
import io.stead.api.NestedSystem;
import io.stead.api.NullOr;
import io.stead.api.OptionType;
import io.stead.api.Submodule;
import io.stead.api.Uniq;
import java.util.List;
import java.util.Map;

/** The empty value of a type, as NixOS's {@code emptyValue}: what an undefined attribute of a lazy attribute set is. */
final class EmptyValues {
    /** Stands for {@code null}, which is a valid empty value. */
    static final Object NULL = new Object();

    private EmptyValues() {
    }

    /** @return the empty value, {@link #NULL} for null, or null when the type has none */
    static Object of(OptionType type) {
        if (type instanceof ListOf) {
            return List.of();
        }
        if (type instanceof AttrsOf || type instanceof LazyAttrsOf || type instanceof Submodule
                || type instanceof NestedSystem || type instanceof Attrs) {
            return Map.of(); // a submodule's, as NixOS's: an empty set, not an evaluated one
        }
        if (type instanceof NullOr) {
            return NULL;
        }
        if (type instanceof Uniq u) {
            return of(u.element()); // NixOS's unique keeps its type's emptyValue
        }
        if (type instanceof Lines || type instanceof Commas) {
            return "";
        }
        return null;
    }
}
