package io.stead.evaluator.internal.decl;

import io.stead.api.AttrsOf;
import io.stead.api.LazyAttrsOf;
import io.stead.api.ListOf;
import io.stead.api.NullOr;
import io.stead.api.OptionType;
import io.stead.api.Uniq;

/**
 * The types that wrap one element type ({@code attrsOf}, {@code lazyAttrsOf}, {@code listOf},
 * {@code nullOr}, {@code uniq}), for code that rebuilds a type around a changed element:
 * merging submodule-carrying declarations, recording the API's submodules where declared.
 */
final class TypeWrappers {
    private TypeWrappers() {
    }

    /**
     * @param type a type
     * @return the element it wraps, or null if it is not one of these wrappers
     */
    static OptionType element(OptionType type) {
        if (type instanceof AttrsOf t) {
            return t.element();
        }
        if (type instanceof LazyAttrsOf t) {
            return t.element();
        }
        if (type instanceof ListOf t) {
            return t.element();
        }
        if (type instanceof NullOr t) {
            return t.element();
        }
        return type instanceof Uniq t ? t.element() : null;
    }

    /**
     * @param like a wrapper type (one {@link #element} answers for)
     * @param element the new element
     * @return a wrapper of the same kind around {@code element}
     */
    static OptionType rewrap(OptionType like, OptionType element) {
        if (like instanceof AttrsOf) {
            return new AttrsOf(element);
        }
        if (like instanceof LazyAttrsOf) {
            return new LazyAttrsOf(element);
        }
        if (like instanceof ListOf) {
            return new ListOf(element);
        }
        if (like instanceof NullOr) {
            return new NullOr(element);
        }
        if (like instanceof Uniq) {
            return new Uniq(element);
        }
        throw new IllegalArgumentException("not a wrapper type: " + like);
    }
}
