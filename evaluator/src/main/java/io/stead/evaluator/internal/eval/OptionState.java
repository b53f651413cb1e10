package io.stead.evaluator.internal.eval;

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
            out.add(new Shown(l.location(), l.priority(), l.node(), d.active().contains(l)));
        }
        return out;
    }

    /** @return the final value; throws the evaluation error if it fails */
    public Object value() {
        return cell.value();
    }
}
