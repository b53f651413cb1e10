package io.stead.unitgenerator.internal.render;

import io.stead.api.SystemPackage;
import java.util.ArrayList;
import java.util.List;

/**
 * Formats the value of a unit option ({@code serviceConfig.Restart}, ...) as the strings written
 * after {@code Key=}, as NixOS's {@code toOption}: {@code true}/{@code false} for booleans,
 * decimal integers, strings as they are, and one line per element for a list (a list-valued
 * setting is written as repeated keys).
 */
public final class SettingValues {
    private SettingValues() {
    }

    /**
     * @param value a Boolean, Long, Integer, String, SystemPackage, or a List of those
     * @return one string per line to write
     * @throws IllegalArgumentException for any other value, naming its type
     */
    public static List<String> lines(Object value) {
        if (value instanceof List<?> list) {
            List<String> out = new ArrayList<>(list.size());
            for (Object element : list) {
                if (element instanceof List<?>) {
                    throw new IllegalArgumentException("a list inside a list cannot be a unit setting");
                }
                out.add(scalar(element));
            }
            return out;
        }
        return List.of(scalar(value));
    }

    private static String scalar(Object value) {
        if (value instanceof Boolean b) {
            return b ? "true" : "false";
        }
        if (value instanceof Long || value instanceof Integer || value instanceof String) {
            return value.toString();
        }
        if (value instanceof SystemPackage p) {
            return p.spec();
        }
        throw new IllegalArgumentException(value == null ? "null cannot be a unit setting"
                : "a " + value.getClass().getSimpleName() + " cannot be a unit setting");
    }
}
