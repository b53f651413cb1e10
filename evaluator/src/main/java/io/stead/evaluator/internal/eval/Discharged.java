package io.stead.evaluator.internal.eval;

import java.util.List;

/**
 * The definitions of one option after discharging conditions and merges: all of them (for
 * reports) and those that count, filtered to the highest priority and sorted by order.
 *
 * @param all every leaf, in module order
 * @param active the leaves that take part in the merge
 */
record Discharged(List<Leaf> all, List<Leaf> active) {
}
