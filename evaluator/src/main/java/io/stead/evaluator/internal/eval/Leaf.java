package io.stead.evaluator.internal.eval;

import io.stead.evaluator.internal.model.Location;
import io.stead.evaluator.internal.model.Node;

/**
 * A definition after its properties were discharged: a plain node (scalar, list, attribute set
 * or evaluated value) with its priority and order.
 *
 * @param node the plain definition
 * @param location where it was written
 * @param scope the writing module's configuration
 * @param priority its priority
 * @param order its order
 * @param deferred whether the node is a {@code $ref} (or a part of an evaluated value) written
 *     inside an order, read only when the value is merged: as NixOS's sortProperties strips
 *     {@code mkAfter config.u} without forcing {@code config.u}, so whether the option has a
 *     value does not read it
 * @param ordered whether an order ({@code $before}, {@code $after}, {@code $order}) was written
 *     around it, which a submodule's value cannot take
 */
record Leaf(Node node, Location location, ModuleScope scope, int priority, int order, boolean deferred,
            boolean ordered) {

    /** A definition read now ({@code order} is {@link Order#DEFAULT} when none was written). */
    Leaf(Node node, Location location, ModuleScope scope, int priority, int order, boolean ordered) {
        this(node, location, scope, priority, order, false, ordered);
    }

    /**
     * @return whether this definition is not read yet: its node is still what a priority was
     *     written around ({@code $if}, {@code $merge}, {@code $ref}, computed), which is read
     *     only if the priority counts (a deferred one is read only when merged)
     */
    boolean unread() {
        return !deferred && !isData(node);
    }

    /**
     * @param node a definition
     * @return whether it is data (a scalar, list, attribute set or evaluated value), no property
     */
    static boolean isData(Node node) {
        return node instanceof Node.Scalar || node instanceof Node.Attrs || node instanceof Node.ListNode
                || node instanceof Node.Value;
    }

    Def asDef() {
        return new Def(node, location, scope);
    }
}
