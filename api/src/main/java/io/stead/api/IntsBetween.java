package io.stead.api;

/**
 * An integer in the closed range {@code [lowest, highest]}.
 *
 * @param lowest the smallest accepted value
 * @param highest the largest accepted value
 */
public record IntsBetween(long lowest, long highest) implements OptionType {
    /**
     * @param lowest the smallest accepted value
     * @param highest the largest accepted value, at least {@code lowest}
     */
    public IntsBetween {
        if (lowest > highest) {
            throw new IllegalArgumentException("intsBetween: " + lowest + " > " + highest);
        }
    }

    @Override
    public String description() {
        return "integer between " + lowest + " and " + highest + " (both inclusive)";
    }

    @Override
    public boolean check(Object value) {
        return value instanceof Long n && n >= lowest && n <= highest;
    }

    @Override
    public boolean isNoun() {
        return true; // as port's description, and NixOS's ints.between (a noun, as int)
    }
}
