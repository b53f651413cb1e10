package io.stead.evaluator.internal.eval;

import io.stead.evaluator.internal.EvalError;
import io.stead.evaluator.internal.Messages;
import io.stead.evaluator.internal.Show;
import io.stead.evaluator.internal.model.Node;
import java.util.List;

/**
 * A definition of a removed option written under a {@code $if}. NixOS's removal module fails
 * only when the option is defined (its assertion reads {@code isDefined}, which discharges
 * {@code mkIf}), so such a definition is an error only if its conditions hold; that is known
 * once the configuration can be read, when assertions are checked. A definition without a
 * condition is an error at once.
 *
 * @param path the removed option's whole path, as shown
 * @param replacement what to use instead
 * @param written the definition, with the properties above it
 */
record RemovedDefinition(String path, String replacement, Def written) {

    /**
     * @param properties the properties above a definition, outermost first
     * @param value the definition
     * @return whether a condition decides whether it counts
     */
    static boolean conditional(List<Node> properties, Node value) {
        for (Node p : properties) {
            if (p instanceof Node.When) {
                return true;
            }
        }
        return hasCondition(value);
    }

    private static boolean hasCondition(Node node) {
        if (node instanceof Node.When) {
            return true;
        }
        if (node instanceof Node.Prio p) {
            return hasCondition(p.body());
        }
        if (node instanceof Node.Ordered o) {
            return hasCondition(o.body());
        }
        if (node instanceof Node.Merge m) {
            for (Node part : m.parts()) {
                if (hasCondition(part)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * @param discharger the evaluation's: the definition counts as NixOS's isDefined counts it
     *     (conditions held, a priority that counts)
     * @return the error for this definition if it counts, else null
     */
    EvalError errorIfDefined(Discharger discharger) {
        if (discharger.discharge(List.of(written)).active().isEmpty()) {
            return null;
        }
        return Messages.removed(path, replacement,
                List.of(new Messages.Shown(written.location(), Show.node(written.node()))));
    }
}
