package io.stead.evaluator;

import io.stead.api.ConfigException;
import io.stead.api.OptionPath;
import io.stead.evaluator.internal.decl.OptionTree;
import io.stead.evaluator.internal.eval.ModuleScope;
import io.stead.evaluator.internal.eval.OptionState;
import io.stead.evaluator.internal.model.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the part of an option's value at a path is written: the entries of the option's
 * definitions that give it (a dotted key that goes deeper counts too), through their
 * priorities, conditions, orders and merges, which share the entry's location.
 */
final class ValueSites {
    private final ModuleScope system;

    ValueSites(ModuleScope system) {
        this.system = system;
    }

    List<String> of(OptionPath path) {
        if (path.isRoot() || system.locate(path) != null) {
            return List.of(); // an option, or a group (a submodule's instance): not inside a value
        }
        for (int n = path.size() - 1; n > 0; n--) {
            ModuleScope.Declared found = system.locate(path.take(n));
            if (found == null) {
                continue;
            }
            if (!(found.node() instanceof OptionTree.OptionNode option)) {
                return List.of(); // a group: the path names no option's value
            }
            List<String> rest = path.segments().subList(n, path.size());
            List<String> out = new ArrayList<>();
            try {
                for (OptionState.Shown s : found.scope().state(option).definitions()) {
                    if (s.active() && !collect(s.value(), rest, out)) {
                        return List.of();
                    }
                }
            } catch (ConfigException e) {
                return List.of();
            }
            return out;
        }
        return List.of();
    }

    /**
     * @return false when the definition may give the part in a way its lines cannot tell: through
     *     a priority or condition of its own (which may lose or not hold), or a value made by a
     *     $ref or by code; the caller then names the whole option's definitions
     */
    private static boolean collect(Node node, List<String> rest, List<String> out) {
        if (node instanceof Node.Attrs a) {
            if (rest.isEmpty()) {
                add(node, out);
                return true;
            }
            for (Node.Entry e : a.entries()) {
                List<String> key = e.path().segments();
                if (key.size() <= rest.size() && rest.subList(0, key.size()).equals(key)) {
                    if (!collect(e.value(), rest.subList(key.size(), rest.size()), out)) {
                        return false;
                    }
                } else if (key.size() > rest.size() && key.subList(0, rest.size()).equals(rest)) {
                    add(e.value(), out); // a.b.c: 1 gives a.b
                }
            }
            return true;
        }
        if (node instanceof Node.Value v && v.value() instanceof java.util.Map<?, ?> map && !rest.isEmpty()) {
            return !map.containsKey(rest.get(0)); // (one that does not give the part is no matter)
        }
        if (rest.isEmpty() && (node instanceof Node.Scalar || node instanceof Node.ListNode)) {
            add(node, out);
            return true;
        }
        return false;
    }

    private static void add(Node node, List<String> out) {
        String site = node.location().toString();
        if (!out.contains(site)) {
            out.add(site);
        }
    }
}
