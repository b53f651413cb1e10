package io.stead.unitgenerator.internal.upstream;

import java.util.Objects;
import java.util.Set;

/**
 * A unit that the target already has: shipped by systemd, the distribution or a package of
 * {@code systemd.packages}.
 *
 * @param name the unit file's name (for an instance, the template's, such as {@code getty@.service})
 * @param path where the target has it, such as {@code /lib/systemd/system/ssh.service}
 * @param keys what it and its vendor drop-ins set, as {@code Section.Key}
 */
public record UpstreamUnit(String name, String path, Set<String> keys) {
    /**
     * @param name not null
     * @param path absolute
     * @param keys copied
     */
    public UpstreamUnit {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
        keys = Set.copyOf(keys);
    }

    /**
     * @param section a section name
     * @param key a key
     * @return whether the upstream unit sets it
     */
    public boolean sets(String section, String key) {
        return keys.contains(section + "." + key);
    }
}
