package io.stead.evaluator.internal.eval;

import io.stead.api.AttrsOf;
import io.stead.api.Commas;
import io.stead.api.LazyAttrsOf;
import io.stead.api.Lines;
import io.stead.api.ListOf;
import io.stead.api.NullOr;
import io.stead.api.OptionType;
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
        if (type instanceof AttrsOf || type instanceof LazyAttrsOf) {
            return Map.of();
        }
        if (type instanceof NullOr) {
            return NULL;
        }
        if (type instanceof Lines || type instanceof Commas) {
            return "";
        }
        return null;
    }
}
