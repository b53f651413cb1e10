package io.stead.api;

/**
 * Definition orders, with NixOS's numbers: list and {@code lines} definitions are merged in
 * ascending order, definitions of equal order in module order.
 */
public final class Order {
    /** {@code mkBefore}: 500. */
    public static final int BEFORE = 500;
    /** A definition without an order: 1000. */
    public static final int DEFAULT = 1000;
    /** {@code mkAfter}: 1500. */
    public static final int AFTER = 1500;

    private Order() {
    }
}
