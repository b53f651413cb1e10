package io.stead.api;

/**
 * Definition priorities, with NixOS's numbers: among the definitions of an option only those
 * with the lowest number count.
 */
public final class Priority {
    /** {@code mkForce}: 50. */
    public static final int FORCE = 50;
    /** A plain definition: 100. */
    public static final int PLAIN = 100;
    /** {@code mkDefault}: 1000. */
    public static final int DEFAULT = 1000;
    /** An option's declared default ({@code mkOptionDefault}): 1500. */
    public static final int OPTION_DEFAULT = 1500;

    private Priority() {
    }
}
