package io.stead.api;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A value of any of the listed types; the first type that every definition fits merges them.
 *
 * @param types the alternatives, at least one
 */
public record OneOf(List<OptionType> types) implements OptionType {
    /** @param types the alternatives; copied; must not be empty */
    public OneOf {
        types = List.copyOf(types);
        if (types.isEmpty()) {
            throw new IllegalArgumentException("oneOf needs at least one type");
        }
    }

    @Override
    public String description() {
        return types.stream().map(Either::alternative).collect(Collectors.joining(" or "));
    }

    @Override
    public boolean check(Object value) {
        return types.stream().anyMatch(t -> t.check(value));
    }
}
