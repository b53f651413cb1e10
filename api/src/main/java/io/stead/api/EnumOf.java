package io.stead.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One of a fixed set of values (strings, numbers or booleans). Several definitions must agree.
 * Numbers compare as Nix's {@code ==} does: an integer equals the float of its value, and
 * {@code -0.0} equals {@code 0.0}.
 *
 * @param values the accepted values, in the order they are listed in descriptions; integers as
 *     {@code Long} and floats as {@code Double}, as configuration values are
 */
public record EnumOf(List<Object> values) implements OptionType {
    /**
     * @param values the accepted values; copied, with {@code Integer}, {@code Short} and
     *     {@code Byte} made {@code Long} and {@code Float} made {@code Double}
     * @throws IllegalArgumentException for a value that is not a string, a number or a boolean,
     *     which no definition could equal (a file's values are those)
     */
    public EnumOf {
        List<Object> normal = new ArrayList<>(values.size());
        for (Object v : values) {
            if (!(v instanceof String || v instanceof Number || v instanceof Boolean)) {
                throw new IllegalArgumentException("an enum's values are strings, numbers and booleans, not "
                        + (v == null ? "null" : v.getClass().getName()));
            }
            normal.add(v instanceof Integer || v instanceof Short || v instanceof Byte ? ((Number) v).longValue()
                    : v instanceof Float f ? f.doubleValue() : v);
        }
        values = List.copyOf(normal);
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
    public boolean isNoun() {
        return values.size() < 2; // "one of ..." is an "or" phrase, as NixOS's enum classes it
    }

    @Override
    public boolean check(Object value) {
        for (Object v : values) {
            if (nixEquals(v, value)) {
                return true;
            }
        }
        return false;
    }

    /** Nix's {@code ==} on enum values: numbers by value, across integers and floats. */
    private static boolean nixEquals(Object a, Object b) {
        if ((a instanceof Double || b instanceof Double) && a instanceof Number x && b instanceof Number y) {
            return x.doubleValue() == y.doubleValue();
        }
        return Objects.equals(a, b);
    }

    private static String show(Object v) {
        if (!(v instanceof String s)) {
            return String.valueOf(v);
        }
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            Escapes.appendQuoted(out, s.charAt(i));
        }
        return out.append('"').toString();
    }
}
