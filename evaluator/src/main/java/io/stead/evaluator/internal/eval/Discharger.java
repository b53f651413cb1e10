package io.stead.evaluator.internal.eval;

import io.stead.api.Order;
import io.stead.api.Priority;
import io.stead.api.ConfigException;
import io.stead.api.OptionPath;
import io.stead.evaluator.internal.EvalError;
import io.stead.evaluator.internal.Messages;
import io.stead.evaluator.internal.Show;
import io.stead.evaluator.internal.decl.JavaValues;
import io.stead.evaluator.internal.decl.ModuleRecorder;
import io.stead.evaluator.internal.model.Condition;
import io.stead.evaluator.internal.model.Location;
import io.stead.evaluator.internal.model.Node;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Discharges the properties of definitions, as NixOS's {@code dischargeProperties},
 * {@code filterOverrides} and {@code sortProperties}: evaluates {@code $if} conditions (only
 * now, when the value is needed), flattens {@code $merge}, runs computed values and resolves
 * {@code $ref}s, then keeps the definitions of the highest priority and sorts them by order.
 * The outermost priority or order of a definition is the one that counts. What a priority is
 * written around ({@code $if} conditions, {@code $ref}s, computed values) is read only if that
 * priority counts, as NixOS's dischargeProperties does not look inside mkOverride and
 * filterOverrides looks at a definition's outer priority alone: a losing
 * {@code mkDefault (mkIf c config.b)} evaluates neither {@code c} nor {@code config.b}. A
 * {@code $ref} inside an order is read only when the value is merged ({@link #readDeferred(List)}), as
 * NixOS's sortProperties strips {@code mkAfter config.b} without forcing {@code config.b}.
 */
final class Discharger {
    /**
     * No priority or order seen yet: the outermost directive's counts. A long, outside the ints
     * that priorities and orders are, so that Integer.MIN_VALUE is one like any other.
     */
    private static final long UNSET = Long.MIN_VALUE;
    /**
     * The weakest priority that counts: NixOS's filterOverrides looks for the highest priority
     * starting from 9999 and keeps only definitions of exactly that one, so weaker ones never count.
     */
    static final int WEAKEST = 9999;
    /** $order, then definition order (the sort is stable); not a lambda, which a cold JVM links slowly. */
    private static final Comparator<Leaf> BY_ORDER = new Comparator<>() {
        @Override
        public int compare(Leaf a, Leaf b) {
            return Integer.compare(a.order(), b.order());
        }
    };

    private final EvalContext context;

    Discharger(EvalContext context) {
        this.context = context;
    }

    Discharged discharge(List<Def> defs) {
        List<Leaf> all = new ArrayList<>(defs.size());
        for (int i = 0; i < defs.size(); i++) { // (indexed: see select)
            Def d = defs.get(i);
            flatten(d.node(), d.location(), d.scope(), UNSET, UNSET, all);
        }
        return select(all);
    }

    /**
     * Keeps the leaves of the highest priority, sorted by order. (Its loops, run for every value
     * merged, are indexed: the C1 compiler, the only one Stead's launcher runs, does not remove
     * an iterator's allocation; at 10,000 services iterators were a sixth of all allocation.)
     */
    private Discharged select(List<Leaf> all) {
        int best = WEAKEST;
        long unread = UNSET; // the best priority of the definitions not read yet, if any
        boolean ordered = false;
        for (int i = 0; i < all.size(); i++) {
            Leaf l = all.get(i);
            best = Math.min(best, l.priority());
            ordered |= l.order() != Order.DEFAULT;
            if (l.unread() && (unread == UNSET || l.priority() < unread)) {
                unread = l.priority();
            }
        }
        if (unread == best) {
            return select(read(all, best)); // (rare) what they hold may add or drop definitions
        }
        boolean mixed = false;
        for (int i = 0; i < all.size(); i++) {
            mixed |= all.get(i).priority() != best;
        }
        if (!mixed && !ordered) {
            return new Discharged(all, all); // the common case: every definition counts, in order
        }
        List<Leaf> active = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).priority() == best) {
                active.add(all.get(i));
            }
        }
        if (ordered) {
            active.sort(BY_ORDER);
        }
        return new Discharged(all, active);
    }

    private void flatten(Node node, Location at, ModuleScope scope, long priority, long order, List<Leaf> out) {
        if (node instanceof Node.When when) {
            for (Condition c : when.conditions()) {
                if (!holds(c, scope, when.location())) {
                    return;
                }
            }
            flatten(when.body(), at, scope, priority, order, out);
        } else if (node instanceof Node.Merge merge) {
            for (Node part : merge.parts()) {
                flatten(part, part.location(), scope, priority, order, out);
            }
        } else if (node instanceof Node.Prio p) {
            if (priority == UNSET && !plain(p.body())) {
                // the outermost priority: what it wraps is read only if it counts (see read)
                int o = order == UNSET ? Order.DEFAULT : (int) order;
                Node body = order == UNSET ? p.body() : new Node.Ordered(o, p.body(), p.body().location());
                out.add(new Leaf(body, at, scope, p.priority(), o, order != UNSET));
            } else {
                flatten(p.body(), at, scope, priority == UNSET ? p.priority() : priority, order, out);
            }
        } else if (node instanceof Node.Ordered o) {
            flatten(o.body(), at, scope, priority, order == UNSET ? o.order() : order, out);
        } else if (node instanceof Node.Computed c) {
            if (priority == UNSET) {
                // its own value may carry the priority: it must run now
                flatten(compute(c, scope), at, scope, priority, order, out);
            } else {
                // kept with its order written around it, which counts over one it returns
                int o = order == UNSET ? Order.DEFAULT : (int) order;
                out.add(new Leaf(order == UNSET ? c : new Node.Ordered(o, c, c.location()), at, scope,
                        (int) priority, o, order != UNSET));
            }
        } else if (node instanceof Node.Ref || node instanceof Node.Lazy) {
            int p = priority == UNSET ? Priority.PLAIN : (int) priority;
            int o = order == UNSET ? Order.DEFAULT : (int) order;
            // a bare $ref is read now, as NixOS's dischargeProperties forces a bare config.b; one
            // under a priority waits until its priority is known to count, one inside an order
            // until the value is merged
            out.add(new Leaf(priority == UNSET && order == UNSET ? referenced(node, at, scope) : node, at, scope,
                    p, o, order != UNSET, order != UNSET));
        } else {
            out.add(new Leaf(node, at, scope, priority == UNSET ? Priority.PLAIN : (int) priority,
                    order == UNSET ? Order.DEFAULT : (int) order, order != UNSET));
        }
    }

    /** @return whether a definition is data, with no property to discharge below its priorities and orders */
    private static boolean plain(Node node) {
        Node n = node;
        while (n instanceof Node.Prio || n instanceof Node.Ordered) {
            n = n instanceof Node.Prio p ? p.body() : ((Node.Ordered) n).body();
        }
        return Leaf.isData(n);
    }

    /**
     * Reads the unread definitions of the given priority, one layer of properties at a time
     * (what they hold may be unread again, and is read in the next round); the others stay as
     * they are, so what a losing priority wraps is never read.
     */
    private List<Leaf> read(List<Leaf> all, int priority) {
        List<Leaf> out = new ArrayList<>(all.size());
        for (Leaf l : all) {
            if (!l.unread() || l.priority() != priority) {
                out.add(l);
                continue;
            }
            Node n = l.node();
            long order = UNSET; // the order written around it, which counts over any inside
            if (n instanceof Node.Ordered o) {
                order = o.order();
                n = o.body();
            }
            if (n instanceof Node.Ref || n instanceof Node.Lazy) {
                // (an order inside the priority, {$force: {$before: {$ref: a}}}, counts as one
                // outside it; inside an order, it is read when merged)
                out.add(order == UNSET ? new Leaf(referenced(n, l.location(), l.scope()), l.location(), l.scope(),
                        l.priority(), l.order(), l.ordered())
                        : new Leaf(n, l.location(), l.scope(), l.priority(), (int) order, true, true));
            } else if (n instanceof Node.Computed c) {
                flatten(compute(c, l.scope()), l.location(), l.scope(), l.priority(), order, out);
            } else {
                flatten(n, l.location(), l.scope(), l.priority(), order, out);
            }
        }
        return out;
    }

    /**
     * @param active the definitions that count
     * @return them with the deferred ones read, as they are merged (the same list if none is)
     */
    static List<Leaf> readDeferred(List<Leaf> active) {
        List<Leaf> out = null;
        for (int i = 0; i < active.size(); i++) {
            Leaf l = active.get(i);
            if (l.deferred() && out == null) {
                out = new ArrayList<>(active.subList(0, i));
            }
            if (out != null) {
                out.add(l.deferred() ? readDeferred(l) : l);
            }
        }
        return out == null ? active : out;
    }

    /** @return a deferred definition, read */
    static Leaf readDeferred(Leaf deferred) {
        return new Leaf(referenced(deferred.node(), deferred.location(), deferred.scope()), deferred.location(),
                deferred.scope(), deferred.priority(), deferred.order(), deferred.ordered());
    }

    /** Reads a {@code $ref}, or the part of an evaluated value that a {@link Node.Lazy} stands for. */
    private static Node referenced(Node node, Location at, ModuleScope scope) {
        Object value = node instanceof Node.Ref r ? scope.referenced(r.path(), "$ref", at)
                : ((Node.Lazy) node).value().get();
        return new Node.Value(value, at);
    }

    static boolean holds(Condition c, ModuleScope scope, Location at) {
        Object v = scope.referenced(c.path(), "$if", at);
        if (!(v instanceof Boolean b)) {
            throw Messages.conditionNotBoolean(c.toString(), Show.value(v), at);
        }
        return b != c.negated();
    }

    /** Runs plugin code for a computed value; its failures name the plugin's jar and line. */
    private Node compute(Node.Computed c, ModuleScope scope) {
        if (!(c.function() instanceof SystemRenameWarnings)) {
            context.countComputed(); // plugin code: the evaluator's own value is not counted
        }
        Object result;
        // the innermost option being evaluated is the one this value is (part of) a definition of
        String path = context.current();
        try {
            result = c.function().apply(new PluginReads(scope, c.location()));
        } catch (ConfigException e) {
            // an evaluation error, or the plugin refusing the configuration in its own words; if
            // it names the option it refuses, the user is also shown which lines define it
            if (!(e instanceof EvalError)) {
                for (OptionPath refusedPath : e.options()) {
                    if (RefusedValue.leadsNowhere(scope, refusedPath)) {
                        throw Messages.refusedNowhere(jarOf(c), ModuleRecorder.failedAt(e, jarOf(c)), path,
                                scope.show(refusedPath), e.getMessage());
                    }
                }
            }
            EvalError refused = e.options().isEmpty() || e instanceof EvalError || e.getMessage() == null ? null
                    : RefusedValue.of(scope, e.options(), e.getMessage());
            if (refused == null && e.getMessage() == null) {
                throw Messages.computedFailed(jarOf(c), ModuleRecorder.failedAt(e, jarOf(c)), path, e);
            }
            throw refused == null ? e : refused;
        } catch (StackOverflowError | OutOfMemoryError e) {
            if (!ModuleRecorder.thrownByPlugin(e)) {
                // (a stack overflow is the evaluation's too: a chain of options longer than the
                // stack holds, which the option's cell reports with the chain)
                throw e;
            }
            String jar = jarOf(c);
            throw Messages.computedFailed(jar, ModuleRecorder.failedAt(e, jar), path, e);
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Exception | Error e) {
            // a plugin's Error (an AssertionError) or checked exception is its failure, not Stead's
            String jar = jarOf(c);
            throw Messages.computedFailed(jar, ModuleRecorder.failedAt(e, jar), path, e);
        }
        return JavaValues.toNode("computed value", path, result, c.location());
    }

    /** The jar whose code a computed value is. */
    private static String jarOf(Node.Computed c) {
        String origin = c.location().source();
        int bang = origin.indexOf('!');
        return bang < 0 ? origin : origin.substring(0, bang);
    }
}
