package io.stead.unitgenerator.internal.render;

import java.util.Objects;

/**
 * One {@code Key=value} line of a unit file. An empty value is systemd's reset of a list-valued
 * setting ({@code ExecStart=} on its own line).
 *
 * @param key the key, such as {@code ExecStart}
 * @param value the value as written after {@code =}; never contains a line break or NUL
 */
public record UnitSetting(String key, String value) {
    /**
     * @param key not empty
     * @param value not null, single line
     */
    public UnitSetting {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        if (key.isEmpty()) {
            throw new IllegalArgumentException("a unit setting needs a key");
        }
        // systemd ends a line at a NUL as well as at a newline or carriage return
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0 || value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("a unit setting's value is one line: " + key);
        }
    }

    /**
     * @param key the key of the list to reset
     * @return the empty assignment that resets it
     */
    public static UnitSetting reset(String key) {
        return new UnitSetting(key, "");
    }

    /** @return whether this line resets a list ({@code Key=} with nothing after it) */
    public boolean isReset() {
        return value.isEmpty();
    }
}
