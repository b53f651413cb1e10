package io.stead.evaluator.internal.eval;

import io.stead.api.Priority;
import io.stead.evaluator.internal.model.Location;
import io.stead.evaluator.internal.model.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * What a report shows of one option: its definitions as written (with their priorities and
 * whether they count) and its value.
 */
public final class OptionState {
    private final MergeCell cell;

    OptionState(MergeCell cell) {
        this.cell = cell;
    }

    /**
     * One definition after discharge.
     *
     * @param location where written
     * @param priority its priority
     * @param value the definition
     * @param active whether it takes part in the merge
     */
    public record Shown(Location location, int priority, Node value, boolean active) {
    }

    /** @return every definition that holds (its conditions true), with its priority */
    public List<Shown> definitions() {
        Discharged d = cell.discharged();
        List<Shown> out = new ArrayList<>();
        for (Leaf l : d.all()) {
            boolean active = isActive(l, d.active());
            // one that counts is shown as merged (a $ref inside an order, read); the others as written
            Node shown = active && l.deferred() ? Discharger.readDeferred(l).node() : l.node();
            out.add(new Shown(l.location(), l.priority(), shown, active));
        }
        return out;
    }

    /**
     * By identity: leaves are records, and comparing two by value compares their values, which
     * would read lazy attribute sets (and could fail on them) only to draw a report.
     */
    private static boolean isActive(Leaf leaf, List<Leaf> active) {
        for (Leaf a : active) {
            if (a == leaf) {
                return true;
            }
        }
        return false;
    }

    /**
     * The definitions as written, for a report when discharging them fails (a {@code $ref} or
     * condition that cannot be read): nothing is evaluated, so directives show as such, and each
     * counts when its outermost priority is the best one written, and one that counts at all
     * (9999 or stronger).
     *
     * @return every definition, the default included
     */
    public List<Shown> written() {
        int best = Discharger.WEAKEST;
        for (Def d : cell.defs()) {
            best = Math.min(best, priority(d.node()));
        }
        List<Shown> out = new ArrayList<>();
        for (Def d : cell.defs()) {
            int p = priority(d.node());
            out.add(new Shown(d.location(), p, d.node(), p == best));
        }
        return out;
    }

    /**
     * The outermost priority of a definition as written ($if and $order leave it to their body;
     * of a $merge, its strongest part's, as each part keeps its own).
     */
    private static int priority(Node node) {
        Node n = node;
        while (true) {
            if (n instanceof Node.Prio p) {
                return p.priority();
            } else if (n instanceof Node.When w) {
                n = w.body();
            } else if (n instanceof Node.Ordered o) {
                n = o.body();
            } else if (n instanceof Node.Merge m && !m.parts().isEmpty()) {
                int strongest = Integer.MAX_VALUE;
                for (Node part : m.parts()) {
                    strongest = Math.min(strongest, priority(part));
                }
                return strongest;
            } else {
                return Priority.PLAIN;
            }
        }
    }

    /** @return the final value; throws the evaluation error if it fails */
    public Object value() {
        return cell.value();
    }
}
