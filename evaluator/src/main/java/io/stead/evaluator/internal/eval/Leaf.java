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
     * @return whether this is a {@code $ref} or computed value not read yet (its node is the
     *     property itself): only a definition whose priority counts is read
     */
    boolean unread() {
        return node instanceof Node.Ref || node instanceof Node.Computed || node instanceof Node.Ordered;
    }

    Def asDef() {
        return new Def(node, location, scope);
    }
}
