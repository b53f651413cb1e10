package io.stead.api;

import java.util.Objects;

/**
 * {@code null}, or a value of type {@code element}. Definitions must be all null or all not null.
 *
 * @param element the type of non-null values
 */
public record NullOr(OptionType element) implements OptionType {
    /** @param element the type of non-null values, not null */
    public NullOr {
        Objects.requireNonNull(element, "element");
    }

    @Override
    public String description() {
        // alternatives read flat, as in Either: a chain of "or"s needs no parentheses
        return "null or " + DescriptionPhrases.alternative(element);
    }

    @Override
    public boolean check(Object value) {
        return value == null || element.check(value);
    }
}
