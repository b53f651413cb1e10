package io.stead.evaluator.internal.eval;

import io.stead.api.AttrsOf;
import io.stead.api.Either;
import io.stead.api.LazyAttrsOf;
import io.stead.api.ListOf;
import io.stead.api.NestedSystem;
import io.stead.api.NullOr;
import io.stead.api.OneOf;
import io.stead.api.OptionType;
import io.stead.api.Submodule;
import io.stead.api.Uniq;
import io.stead.evaluator.internal.decl.OptionTree;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The nested systems (containers' configurations) inside a configuration, at any depth. Each is
 * a system with assertions and warnings of its own, which NixOS checks when it builds the
 * nested system as part of the host: so must Stead, and it must find them without knowing the
 * options that hold them. Only options whose type can hold a nested system are read, so
 * finding them forces no other value.
 */
public final class NestedSystems {
    // per search: a submodule type, once known to hold or not hold one (false while it is being
    // looked into, so that a type that holds itself ends the search)
    private final Map<Submodule, Boolean> holds = new HashMap<>();

    private NestedSystems() {
    }

    /**
     * @param system a configuration
     * @return its nested systems, each before those inside it, in the order of their options
     *     and attribute names
     */
    public static List<ModuleScope> in(ModuleScope system) {
        List<ModuleScope> out = new ArrayList<>();
        new NestedSystems().collect(system, out);
        return out;
    }

    private void collect(ModuleScope scope, List<ModuleScope> out) {
        for (var path : scope.tree().optionPaths()) {
            if (scope.tree().find(path) instanceof OptionTree.OptionNode o && canHold(o.declaration().type(), scope)) {
                collectValue(scope.cell(o).value(), out);
            }
        }
    }

    private void collectValue(Object value, List<ModuleScope> out) {
        if (value instanceof GroupView view) {
            if (view.scope().nested()) {
                out.add(view.scope());
            }
            collect(view.scope(), out);
        } else if (value instanceof Map<?, ?> map) {
            for (Object v : new java.util.TreeMap<>(map).values()) {
                collectValue(v, out);
            }
        } else if (value instanceof List<?> list) {
            for (Object v : list) {
                collectValue(v, out);
            }
        }
    }

    private boolean canHold(OptionType type, ModuleScope scope) {
        if (type instanceof NestedSystem) {
            return true;
        }
        if (type instanceof AttrsOf t) {
            return canHold(t.element(), scope);
        }
        if (type instanceof LazyAttrsOf t) {
            return canHold(t.element(), scope);
        }
        if (type instanceof ListOf t) {
            return canHold(t.element(), scope);
        }
        if (type instanceof NullOr t) {
            return canHold(t.element(), scope);
        }
        if (type instanceof Uniq t) {
            return canHold(t.element(), scope);
        }
        if (type instanceof Either t) {
            return canHold(t.left(), scope) || canHold(t.right(), scope);
        }
        if (type instanceof OneOf t) {
            return t.types().stream().anyMatch(x -> canHold(x, scope));
        }
        if (type instanceof Submodule s) {
            Boolean known = holds.get(s);
            if (known == null) {
                holds.put(s, false);
                OptionTree tree = scope.context().shapes().of(s).tree();
                boolean any = false;
                for (var path : tree.optionPaths()) {
                    if (tree.find(path) instanceof OptionTree.OptionNode o && canHold(o.declaration().type(), scope)) {
                        any = true;
                        break;
                    }
                }
                holds.put(s, any);
                known = any;
            }
            return known;
        }
        return false;
    }
}
