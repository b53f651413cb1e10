package io.stead.api;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One of a fixed set of values (strings, integers or booleans). Several definitions must agree.
 *
 * @param values the accepted values, in the order they are listed in descriptions
 */
public record EnumOf(List<Object> values) implements OptionType {
    /** @param values the accepted values; copied */
    public EnumOf {
        values = List.copyOf(values);
    }

    @Override
    public String description() {
        if (values.isEmpty()) {
            return "impossible (empty enum)";
        }
        if (values.size() == 1) {
            return "value " + show(values.get(0)) + " (singular enum)";
        }
        return "one of " + values.stream().map(EnumOf::show).collect(Collectors.joining(", "));
    }

    @Override
    public boolean check(Object value) {
        return values.contains(value);
    }

    private static String show(Object v) {
        return v instanceof String s ? '"' + s + '"' : String.valueOf(v);
    }
}
