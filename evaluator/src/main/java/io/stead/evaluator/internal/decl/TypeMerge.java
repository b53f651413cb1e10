package io.stead.evaluator.internal.decl;

import io.stead.api.Either;
import io.stead.api.EnumOf;
import io.stead.api.ModuleSpec;
import io.stead.api.NestedSystem;
import io.stead.api.OneOf;
import io.stead.api.OptionType;
import io.stead.api.Submodule;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The type of an option declared twice, when both declarations carry submodules alike (the
 * evaluator's rule: any other option declared twice is an error). The types are merged part by
 * part as NixOS's typeMerge does: submodules join their modules, wrappers and
 * {@code either}/{@code oneOf} merge what they wrap branch by branch, an {@code enum} takes both
 * lists of values, and any other part must be the same type on both sides.
 */
final class TypeMerge {
    private TypeMerge() {
    }

    /**
     * @param a the type of the declaration met first (in merge order)
     * @param b the type of the one met next
     * @return the merged type, or null if the declarations cannot merge
     */
    static OptionType of(OptionType a, OptionType b) {
        return carriesSubmodule(a) && carriesSubmodule(b) ? alike(a, b, false) : null;
    }

    /**
     * @param choice whether the parts are inside an {@code either} or {@code oneOf}: NixOS joins
     *     the submodules there in the order met (its either keeps its branches' types as they
     *     are), and elsewhere puts the later-met declaration's modules first (mergeOptionDecls
     *     prepends the submodules of each declaration it meets). Either way an instance then
     *     merges the definitions of the list reversed, so that in merge order of the modules
     *     declaring them outside a choice, and the other way round inside one.
     */
    private static OptionType alike(OptionType a, OptionType b, boolean choice) {
        if (a instanceof Submodule x && b instanceof Submodule y) {
            List<ModuleSpec> modules = new ArrayList<>(choice ? x.modules() : y.modules());
            modules.addAll(choice ? y.modules() : x.modules());
            return new Submodule(modules);
        }
        if (a instanceof NestedSystem x && b instanceof NestedSystem y) {
            // the system's modules are the same; the types' own are joined, as a submodule's are
            List<ModuleSpec> modules = new ArrayList<>(choice ? x.modules() : y.modules());
            modules.addAll(choice ? y.modules() : x.modules());
            return new NestedSystem(modules);
        }
        OptionType ea = TypeWrappers.element(a);
        OptionType eb = TypeWrappers.element(b);
        if (ea != null && eb != null && a.getClass() == b.getClass()) {
            OptionType inner = alike(ea, eb, choice);
            return inner == null ? null : TypeWrappers.rewrap(a, inner);
        }
        if (a instanceof OneOf x && b instanceof OneOf y && x.types().size() == y.types().size()) {
            List<OptionType> merged = new ArrayList<>();
            for (int i = 0; i < x.types().size(); i++) {
                OptionType t = alike(x.types().get(i), y.types().get(i), true);
                if (t == null) {
                    return null;
                }
                merged.add(t);
            }
            return new OneOf(merged);
        }
        if (a instanceof OneOf || b instanceof OneOf) {
            // NixOS's oneOf is the left fold of either, and oneOf [t] is t: spelled either way, one type
            OptionType fa = asEither(a);
            OptionType fb = asEither(b);
            return fa == a && fb == b ? null : alike(fa, fb, choice);
        }
        if (a instanceof Either x && b instanceof Either y) {
            OptionType left = alike(x.left(), y.left(), true);
            OptionType right = alike(x.right(), y.right(), true);
            return left == null || right == null ? null : new Either(left, right);
        }
        if (a instanceof EnumOf x && b instanceof EnumOf y) {
            Set<Object> values = new LinkedHashSet<>(x.values());
            values.addAll(y.values());
            return new EnumOf(List.copyOf(values));
        }
        return a.equals(b) ? a : null;
    }

    /** A oneOf as the eithers it stands for; any other type as it is. */
    private static OptionType asEither(OptionType type) {
        if (!(type instanceof OneOf o)) {
            return type;
        }
        OptionType folded = o.types().get(0);
        for (OptionType t : o.types().subList(1, o.types().size())) {
            folded = new Either(folded, t);
        }
        return folded;
    }

    private static boolean carriesSubmodule(OptionType type) {
        if (type instanceof Submodule || type instanceof NestedSystem) {
            return true;
        }
        OptionType element = TypeWrappers.element(type);
        if (element != null) {
            return carriesSubmodule(element);
        }
        if (type instanceof Either e) {
            return carriesSubmodule(e.left()) || carriesSubmodule(e.right());
        }
        if (type instanceof OneOf o) {
            for (OptionType t : o.types()) {
                if (carriesSubmodule(t)) {
                    return true;
                }
            }
        }
        return false;
    }
}
