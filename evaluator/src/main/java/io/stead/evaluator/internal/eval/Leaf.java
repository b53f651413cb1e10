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

    Def asDef() {
        return new Def(node, location, scope);
    }
}
