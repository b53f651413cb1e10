package io.stead.evaluator.internal.eval;

import io.stead.evaluator.internal.EvalError;
import io.stead.evaluator.internal.Messages;
import io.stead.evaluator.internal.Show;
import io.stead.evaluator.internal.decl.ModuleRecorder;
import io.stead.evaluator.internal.model.Node;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The state shared by every scope of one evaluation: the stack of options being evaluated (for
 * cycle detection and traces), warnings, counters, and the shapes of submodule types.
 */
public final class EvalContext {
    private final ArrayDeque<PathName> stack = new ArrayDeque<>();
    // the definitions of each option on the stack, so that a cycle can show where it is written
    private final ArrayDeque<List<Def>> definitions = new ArrayDeque<>();
    private final Set<String> warnings = new LinkedHashSet<>();
    private final List<RenamedDefinition> renamed = new ArrayList<>();
    private final List<RemovedDefinition> removed = new ArrayList<>();
    private final List<ModuleScope> nestedSystems = new ArrayList<>();
    // the system and each nested system, by the path object of their scope (which the paths of
    // everything inside them extend), to find the system that encloses a configuration
    private final Map<PathName, ModuleScope> systems = new IdentityHashMap<>();
    private final ModuleRecorder recorder;
    private final SubmoduleShapes shapes;
    private final Discharger discharger = new Discharger(this);
    private final Merger merger = new Merger(this);
    private long optionsForced;
    private long definitionsMerged;
    private long computedRuns;

    /**
     * @param recorder records Java modules once, across evaluations
     * @param shapes the module lists and option trees of submodule types
     */
    public EvalContext(ModuleRecorder recorder, SubmoduleShapes shapes) {
        this.recorder = recorder;
        this.shapes = shapes;
    }

    Discharger discharger() {
        return discharger;
    }

    Merger merger() {
        return merger;
    }

    ModuleRecorder recorder() {
        return recorder;
    }

    public SubmoduleShapes shapes() {
        return shapes;
    }

    void push(PathName path, List<Def> defs) {
        stack.push(path);
        definitions.push(defs);
    }

    void pop() {
        stack.pop();
        definitions.pop();
    }

    /** @return the options being evaluated, outermost first */
    public List<String> trace() {
        List<String> out = new ArrayList<>(stack.size());
        Iterator<PathName> it = stack.descendingIterator();
        while (it.hasNext()) {
            out.add(it.next().toString());
        }
        return out;
    }

    /** @return the innermost option (or attribute) being evaluated, for messages */
    String current() {
        PathName innermost = stack.peek();
        return innermost == null ? "" : innermost.toString();
    }

    /** The error for re-entering {@code path}: the cycle from its first entry back to it. */
    EvalError cycle(PathName path) {
        List<String> trace = trace();
        int from = Math.max(trace.lastIndexOf(path.toString()), 0);
        List<String> chain = new ArrayList<>(trace.subList(from, trace.size()));
        chain.add(path.toString());
        // the definitions along the cycle that read other options, outermost first: among
        // them, the references that close it (plain values cannot, and would only hide them)
        List<List<Def>> outermostFirst = new ArrayList<>(definitions);
        Collections.reverse(outermostFirst);
        List<Messages.Shown> shown = new ArrayList<>();
        List<Messages.Shown> all = new ArrayList<>();
        for (List<Def> defs : outermostFirst.subList(from, outermostFirst.size())) {
            for (Def d : defs) {
                Messages.Shown def = new Messages.Shown(d.location(), shown(d));
                all.add(def);
                if (readsOptions(d.node())) {
                    shown.add(def);
                }
            }
        }
        return Messages.infiniteRecursion(chain, shown.isEmpty() ? all : shown).withTrace(trace);
    }

    /**
     * A definition as a cycle shows it: an option's declared default as the default, not as the
     * priority-1500 definition it is inside (nobody wrote that {@code $override}).
     */
    private static String shown(Def d) {
        // ModuleScope wraps a default at the default's own location, one object for all three
        if (d.node() instanceof Node.Prio p && p.priority() == io.stead.api.Priority.OPTION_DEFAULT
                && p.location() == d.location() && p.body().location() == d.location()) {
            return "the default, " + Show.node(p.body());
        }
        return Show.node(d.node());
    }

    /** @return whether evaluating the definition may read options: a reference, a condition or a plugin's value */
    private static boolean readsOptions(Node node) {
        if (node instanceof Node.Ref || node instanceof Node.Lazy || node instanceof Node.Computed
                || node instanceof Node.When) {
            return true;
        }
        if (node instanceof Node.Prio p) {
            return readsOptions(p.body());
        }
        if (node instanceof Node.Ordered o) {
            return readsOptions(o.body());
        }
        if (node instanceof Node.Merge m) {
            return anyReads(m.parts());
        }
        if (node instanceof Node.ListNode l) {
            return anyReads(l.items());
        }
        if (node instanceof Node.Attrs a) {
            for (Node.Entry e : a.entries()) {
                if (readsOptions(e.value())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean anyReads(List<Node> nodes) {
        for (Node n : nodes) {
            if (readsOptions(n)) {
                return true;
            }
        }
        return false;
    }

    EvalError traced(EvalError e) {
        // every option on the way out memoises the error: the trace is taken once, where it is
        // thrown (copying the whole stack at each of them is quadratic in the chain's length)
        return e.trace().isEmpty() ? e.withTrace(trace()) : e;
    }

    /**
     * The nested systems (containers' configurations) made so far in this evaluation, in the
     * order they were made: those a command evaluated, whose assertions and warnings are its
     * concern too.
     *
     * @return the nested systems
     */
    public List<ModuleScope> nestedSystems() {
        return List.copyOf(nestedSystems);
    }

    void nestedSystemMade(ModuleScope system, PathName at) {
        nestedSystems.add(system);
        systems.put(at, system);
    }

    /** @param system the evaluation's top-level system, at the root */
    void systemMade(ModuleScope system) {
        systems.put(PathName.ROOT, system);
    }

    /**
     * @param path the path of a configuration being made (a nested system's)
     * @return the innermost system (the top-level one, or a nested one) that it lies inside
     */
    ModuleScope systemEnclosing(PathName path) {
        for (PathName p = path.parent(); p != null; p = p.parent()) {
            ModuleScope system = systems.get(p);
            if (system != null) {
                return system;
            }
        }
        throw new IllegalStateException("no system encloses '" + path + "'");
    }

    /** @param warning said once, on stderr, after the command's result is known */
    public void warn(String warning) {
        warnings.add(warning);
    }

    /** @param definition a definition of a renamed option's old name, warned about if it counts */
    void renamedDefinition(RenamedDefinition definition) {
        renamed.add(definition);
    }

    /** @param definition a conditional definition of a removed option, an error if it counts */
    void removedDefinition(RemovedDefinition definition) {
        removed.add(definition);
    }

    /**
     * Fails if a conditional definition of a removed option counts (reading its conditions).
     *
     * @throws EvalError naming the first such definition
     */
    public void checkRemoved() {
        for (RemovedDefinition r : removed) {
            EvalError e = r.errorIfDefined(discharger);
            if (e != null) {
                throw e;
            }
        }
    }

    /** @return the warnings given so far (while loading the modules), in order, without duplicates */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /**
     * @param system a system's path, empty for the host
     * @param nestedSystems the paths of the nested systems made so far
     * @return the warnings about renamed options that the system's submodules use (reading
     *     their conditions); those of the system's own configuration are in its warnings option
     */
    public List<String> submoduleRenameWarnings(String system, List<String> nestedSystems) {
        if (renamed.isEmpty()) {
            return List.of(); // the usual case: no class to load on a cold start
        }
        return List.copyOf(RenameWarnings.inSubmodules(renamed, system, nestedSystems));
    }

    /**
     * @param system a system's path, empty for the host
     * @return the warnings about renamed options that the system's own configuration uses
     *     (reading their conditions), as its warnings option holds them
     */
    List<String> systemRenameWarnings(String system) {
        if (renamed.isEmpty()) {
            return List.of();
        }
        return List.copyOf(RenameWarnings.ofSystem(renamed, system));
    }

    void countForced() {
        optionsForced++;
    }

    void countMerged(int n) {
        definitionsMerged += n;
    }

    void countComputed() {
        computedRuns++;
    }

    /** @return options (and attributes) whose value was computed */
    public long optionsForced() {
        return optionsForced;
    }

    /** @return definitions that took part in merges */
    public long definitionsMerged() {
        return definitionsMerged;
    }

    /** @return computed values (plugin code) that ran */
    public long computedRuns() {
        return computedRuns;
    }
}
