package io.stead.evaluator.internal.decl;

import io.stead.api.Definition;
import io.stead.api.OptionPath;
import io.stead.api.SystemPackage;
import io.stead.evaluator.internal.Messages;
import io.stead.evaluator.internal.Show;
import io.stead.evaluator.internal.model.Condition;
import io.stead.evaluator.internal.model.Location;
import io.stead.evaluator.internal.model.Node;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the Java values that plugins define (plain values with {@link Definition}s inside) into
 * definition nodes. Values the evaluator produced itself (lazy attribute sets, submodule views)
 * stay as they are, so passing them on does not force them.
 */
public final class JavaValues {
    private JavaValues() {
    }

    /**
     * @param value a plugin value
     * @param at where it was defined
     * @return the node
     * @throws IllegalArgumentException for a value of an unsupported class
     */
    public static Node toNode(Object value, Location at) {
        return toNode(value, at, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    /** @param open the lists and maps being read, outermost first: one met again holds itself */
    private static Node toNode(Object value, Location at, Set<Object> open) {
        if (value == null || value instanceof Boolean || value instanceof String || value instanceof Long
                || value instanceof SystemPackage) {
            return new Node.Scalar(value, at);
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return new Node.Scalar(((Number) value).longValue(), at);
        }
        if (value instanceof Double || value instanceof Float) {
            return new Node.Scalar(finite(((Number) value).doubleValue()), at);
        }
        if (value instanceof Character || value instanceof Path) {
            return new Node.Scalar(value.toString(), at);
        }
        if (value instanceof Show.LazyValue) {
            return new Node.Value(value, at);
        }
        if (value instanceof Collection && !(value instanceof List)) {
            // (a set's order may change from run to run, and with it the list and the built tree)
            throw new IllegalArgumentException("a definition cannot hold a " + value.getClass().getName()
                    + ": a list's elements come in an order, which a set's may not keep from run to run; give a List"
                    + " (List.copyOf(new TreeSet<>(set)) for a sorted one)");
        }
        if ((value instanceof Map || value instanceof List) && !open.add(value)) {
            // (read on, it would overflow the stack: a value that holds itself has no end)
            throw new IllegalArgumentException("a definition cannot hold itself: a " + (value instanceof Map ? "map"
                    : "list") + " in it contains itself");
        }
        try {
            if (value instanceof Map<?, ?> map) {
                List<Node.Entry> entries = new ArrayList<>(map.size());
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    if (!(e.getKey() instanceof String key)) {
                        throw new IllegalArgumentException("attribute names must be strings, not " + e.getKey());
                    }
                    entries.add(new Node.Entry(OptionPath.of(key), toNode(e.getValue(), at, open)));
                }
                return new Node.Attrs(entries, at);
            }
            if (value instanceof List<?> items) {
                List<Node> out = new ArrayList<>(items.size());
                for (Object item : items) {
                    out.add(toNode(item, at, open));
                }
                return new Node.ListNode(out, at);
            }
        } finally {
            open.remove(value);
        }
        if (value instanceof Definition d) {
            return definition(d, at, open);
        }
        throw new IllegalArgumentException("a definition cannot hold a " + value.getClass().getName()
                + "; use Boolean, Long, Double, String, List, Map, SystemPackage or a Definition");
    }

    /**
     * Like {@link #toNode}, for a value a plugin gives for an option: a value of an unsupported
     * class is an error that names the option, as well as where the plugin gave it.
     *
     * @param what what holds the value ({@code definition}, {@code default}, {@code computed value})
     * @param path the option (or attribute) it is for
     * @param value a plugin value
     * @param at where it was given
     * @return the node
     * @throws io.stead.evaluator.internal.EvalError for a value of an unsupported class
     */
    public static Node toNode(String what, String path, Object value, Location at) {
        try {
            return toNode(value, at);
        } catch (IllegalArgumentException e) {
            throw Messages.unsupportedValue(what, path, at, e.getMessage());
        }
    }

    /**
     * A file cannot hold NaN or an infinity (its loader refuses {@code .nan} and {@code .inf}), a
     * NaN never equals itself, and JSON cannot print either: a plugin's are refused likewise.
     */
    private static double finite(double d) {
        if (!Double.isFinite(d)) {
            throw new IllegalArgumentException("a definition cannot hold " + d + "; Stead's numbers are finite");
        }
        return d;
    }

    private static Node definition(Definition d, Location at, Set<Object> open) {
        if (d instanceof Definition.When w) {
            List<Condition> conditions = w.conditions().stream().map(Condition::parse).toList();
            return new Node.When(conditions, toNode(w.value(), at, open), at);
        }
        if (d instanceof Definition.Merge m) {
            List<Node> parts = new ArrayList<>();
            for (Object part : m.values()) {
                parts.add(toNode(part, at, open));
            }
            return new Node.Merge(parts, at);
        }
        if (d instanceof Definition.WithPriority p) {
            return new Node.Prio(p.priority(), toNode(p.value(), at, open), at);
        }
        if (d instanceof Definition.Ordered o) {
            return new Node.Ordered(o.order(), toNode(o.value(), at, open), at);
        }
        if (d instanceof Definition.Ref r) {
            return new Node.Ref(r.path(), at);
        }
        return new Node.Computed(((Definition.Computed) d).function(), at);
    }
}
