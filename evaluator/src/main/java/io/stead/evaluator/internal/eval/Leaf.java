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
 */
record Leaf(Node node, Location location, ModuleScope scope, int priority, int order) {

    /**
     * @return whether this definition is not read yet: its node is still what a priority was
     *     written around ({@code $if}, {@code $merge}, {@code $ref}, computed), which is read
     *     only if the priority counts
     */
    boolean unread() {
        return !isData(node);
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
