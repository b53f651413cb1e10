package io.stead.api;

import java.util.List;
import java.util.Objects;

/**
 * One value of type {@code value}, or a list of them: NixOS's systemd {@code unitOption}, the
 * type of a unit setting that may be given once or repeated. Definitions that are all single
 * values must be equal; if any definition is a list, all of them join into one list, in order,
 * a single value as a one-element list.
 *
 * @param value the type of the value, and of each element of a list
 */
public record ValueOrList(OptionType value) implements OptionType {
    /** @param value the type of the value, not null */
    public ValueOrList {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String description() {
        return DescriptionPhrases.firstAlternative(value) + " or list of " + OptionType.nested(value);
    }

    @Override
    public boolean check(Object v) {
        return v instanceof List || value.check(v);
    }
}
