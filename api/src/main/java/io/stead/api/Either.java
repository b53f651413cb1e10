package io.stead.api;

import java.util.Objects;

/**
 * A value of type {@code left} or of type {@code right}. If every definition fits {@code left}
 * they merge as {@code left}, else if every one fits {@code right} as {@code right}.
 *
 * @param left the first alternative
 * @param right the second alternative
 */
public record Either(OptionType left, OptionType right) implements OptionType {
    /**
     * @param left the first alternative, not null
     * @param right the second alternative, not null
     */
    public Either {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
    }

    @Override
    public String description() {
        return DescriptionPhrases.firstAlternative(left) + " or " + DescriptionPhrases.alternative(right);
    }

    @Override
    public boolean check(Object value) {
        return left.check(value) || right.check(value);
    }
}
