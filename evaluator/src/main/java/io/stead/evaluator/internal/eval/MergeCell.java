package io.stead.evaluator.internal.eval;

import io.stead.api.Anything;
import io.stead.api.OptionType;
import io.stead.evaluator.internal.EvalError;
import io.stead.api.Priority;
import io.stead.evaluator.internal.Messages;
import io.stead.evaluator.internal.model.Location;
import io.stead.evaluator.internal.Show;
import io.stead.evaluator.internal.decl.Declaration;
import java.util.ArrayList;
import java.util.List;

/**
 * The memoised value of one option, or of one attribute or element inside an option's value:
 * its definitions are discharged once and merged once, on first use. Re-entering a cell while
 * it is being evaluated is a cycle, reported as infinite recursion with the chain of paths.
 * Errors are memoised too, so a failed value fails the same way every time.
 */
final class MergeCell {
    private final EvalContext context;
    private final PathName path;
    private final OptionType type;
    private final List<Def> defs;
    private final Declaration declaration;
    private final String name;
    private final boolean inChoice;
    private boolean emptyValue;
    private Discharged discharged;
    private boolean discharging;
    private boolean evaluating;
    private boolean undefined; // the value failed as used but not defined
    private boolean done;
    private Object value;
    private EvalError error;

    /**
     * @param context the evaluation
     * @param path the absolute path, for messages
     * @param type the type to merge by
     * @param defs the definitions (an option's default first)
     * @param declaration the option's declaration, or null inside a value
     * @param name the name a submodule value gets; null for a list element, named by its place
     * @param inChoice whether the value is inside an {@code either} or {@code oneOf} branch of its
     *     option's type (false for an option's own cell)
     */
    MergeCell(EvalContext context, PathName path, OptionType type, List<Def> defs, Declaration declaration,
              String name, boolean inChoice) {
        this.context = context;
        this.path = path;
        this.type = type;
        this.defs = defs;
        this.declaration = declaration;
        this.name = name;
        this.inChoice = inChoice;
    }

    /**
     * Inside {@code lazyAttrsOf}, an attribute whose definitions are all disabled takes its
     * type's empty value ({@code []}, {@code {}}, {@code null}, {@code ""}) where it has one,
     * as NixOS's {@code emptyValue}.
     */
    void useEmptyValue() {
        emptyValue = true;
    }

    PathName path() {
        return path;
    }

    List<Def> defs() {
        return defs;
    }

    Discharged discharged() {
        if (discharged == null) {
            if (discharging) {
                throw context.cycle(path);
            }
            discharging = true;
            boolean own = !evaluating; // when called from value(), the path is already on the stack
            if (own) {
                context.push(path, defs);
            }
            try {
                discharged = context.discharger().discharge(defs);
            } catch (EvalError e) {
                throw context.traced(e);
            } finally {
                if (own) {
                    context.pop();
                }
                discharging = false;
            }
        }
        return discharged;
    }

    /** @return whether reading the value failed because nothing defines it and it has no default */
    boolean isUndefined() {
        return undefined;
    }

    /** @return where the option is declared, or null if nothing declares it */
    Location declaredAt() {
        return declaration == null ? null : declaration.location();
    }

    /**
     * @return whether definitions other than the option's default count, once conditions and
     *     priorities are applied (conditions are evaluated, values are not)
     */
    boolean isDefinedByConfiguration() {
        refuseReadOnlySetTwice();
        for (Leaf l : discharged().active()) {
            // the default is told by its own location ('default:' in a file), not the declaration's
            if (!(l.priority() == Priority.OPTION_DEFAULT && declaration != null && declaration.hasDefault()
                    && l.location().equals(declaration.defaultValue().location()))) {
                return true;
            }
        }
        return false;
    }

    /** @return whether some definition counts (conditions are evaluated, values are not) */
    boolean hasValue() {
        refuseReadOnlySetTwice();
        return !discharged().active().isEmpty();
    }

    /**
     * A read-only option set more than once fails whatever is asked of it, whether it has a
     * value as well as the value itself: NixOS counts the settings before their conditions, and
     * its isDefined comes from the same result as the value.
     */
    private void refuseReadOnlySetTwice() {
        if (readOnlySetTwice()) {
            context.push(path, defs);
            try {
                throw context.traced(Messages.readOnly(path.toString(), settings()));
            } finally {
                context.pop();
            }
        }
    }

    /**
     * Counted as NixOS's evalOptionValue counts, before properties are discharged: a $merge is
     * one setting, and a setting under a false $if is still one.
     */
    private boolean readOnlySetTwice() {
        return declaration != null && declaration.readOnly() && defs.size() > 1;
    }

    Object value() {
        if (done) {
            if (error != null) {
                throw error;
            }
            return value;
        }
        if (evaluating) {
            throw context.cycle(path);
        }
        evaluating = true;
        context.push(path, defs);
        try {
            if (readOnlySetTwice()) {
                throw Messages.readOnly(path.toString(), settings());
            }
            Discharged d = discharged();
            if (d.active().isEmpty()) {
                Object empty = emptyValue ? EmptyValues.of(type) : null;
                if (empty == null) {
                    undefined = true;
                    throw Messages.usedButNotDefined(path.toString(), declaredAt());
                }
                value = empty == EmptyValues.NULL ? null : empty;
                done = true;
                return value;
            }
            context.countForced();
            context.countMerged(d.active().size());
            List<Leaf> active = type instanceof Anything && hasDeferred(d.active())
                    ? Merger.readByKind(path, d.active()) : Discharger.readDeferred(d.active());
            value = context.merger().merge(path, type, active, name, inChoice);
            done = true;
        } catch (EvalError e) {
            error = context.traced(e);
            done = true;
        } catch (StackOverflowError e) {
            // a chain of options longer than the stack holds (not a cycle: those are caught on
            // re-entry). Whichever cell has stack enough to say so reports it, with the chain as
            // its trace; if saying so overflows again, the cell above tries. Memoised like any
            // error, so reading the value again fails the same way.
            error = Messages.nestedTooDeeply(context.trace()).withTrace(context.trace());
            done = true;
        } finally {
            context.pop();
            evaluating = false;
        }
        if (error != null) {
            throw error;
        }
        return value;
    }

    private static boolean hasDeferred(List<Leaf> leaves) {
        for (Leaf l : leaves) {
            if (l.deferred()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Each setting of a read-only option as if it were the only one, as NixOS shows them: its
     * values, or the setting as written when its conditions leave nothing.
     */
    private List<Messages.Shown> settings() {
        List<Messages.Shown> out = new ArrayList<>(defs.size());
        for (Def def : defs) {
            List<Leaf> leaves;
            try {
                leaves = context.discharger().discharge(List.of(def)).all();
            } catch (EvalError e) {
                // a setting that fails to be read is still one (NixOS counts before it reads)
                out.add(new Messages.Shown(def.location(), Show.failed(e)));
                continue;
            }
            if (leaves.isEmpty()) {
                out.add(new Messages.Shown(def.location(), Show.node(def.node())));
            } else {
                out.addAll(shown(leaves));
            }
        }
        return out;
    }

    static List<Messages.Shown> shown(List<Leaf> leaves) {
        List<Messages.Shown> out = new ArrayList<>(leaves.size());
        for (Leaf l : leaves) {
            out.add(new Messages.Shown(l.location(), Show.node(l.node())));
        }
        return out;
    }
}
