package io.stead.api;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A package on the target system: a Debian package name such as {@code openssh-server}, or an
 * absolute path to a directory laid out like a root ({@code lib/systemd/system/...}).
 *
 * @param spec the package name or directory path
 */
public record SystemPackage(String spec) {
    private static final Pattern DEBIAN_NAME = Pattern.compile("[a-z0-9][a-z0-9+.-]+");

    /** @param spec a valid spec (see {@link #isValidSpec}) */
    public SystemPackage {
        Objects.requireNonNull(spec, "spec");
        if (!isValidSpec(spec)) {
            throw new IllegalArgumentException("not a package name or absolute path: " + spec);
        }
    }

    /**
     * @param spec a candidate
     * @return whether it is a Debian package name or an absolute path
     */
    public static boolean isValidSpec(String spec) {
        return spec.startsWith("/") || DEBIAN_NAME.matcher(spec).matches();
    }

    /** @return whether this package is a directory rather than a Debian package */
    public boolean isDirectory() {
        return spec.startsWith("/");
    }

    @Override
    public String toString() {
        return spec;
    }
}
