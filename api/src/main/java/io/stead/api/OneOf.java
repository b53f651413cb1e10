package io.stead.api;

import java.util.List;

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
        // read as NixOS's fold of either: the first alternative as either's left, the rest as its right
        if (types.size() == 1) {
            return types.get(0).description();
        }
        StringBuilder out = new StringBuilder(DescriptionPhrases.firstAlternative(types.get(0)));
        for (OptionType t : types.subList(1, types.size())) {
            out.append(" or ").append(DescriptionPhrases.alternative(t));
        }
        return out.toString();
    }

    @Override
    public boolean isNoun() {
        return types.size() == 1 && types.get(0).isNoun(); // oneOf [t] is t
    }

    @Override
    public boolean check(Object value) {
        // a loop, not a stream: this runs for every definition, and a lambda costs a cold JVM its linking
        for (OptionType t : types) {
            if (t.check(value)) {
                return true;
            }
        }
        return false;
    }
}
