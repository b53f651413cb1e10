package io.stead.evaluator;

import io.stead.api.ConfigException;
import io.stead.api.AttrsOf;
import io.stead.api.Either;
import io.stead.api.LazyAttrsOf;
import io.stead.api.ListOf;
import io.stead.api.NestedSystem;
import io.stead.api.NullOr;
import io.stead.api.OneOf;
import io.stead.api.OptionPath;
import io.stead.api.OptionType;
import io.stead.api.Submodule;
import io.stead.api.Uniq;
import io.stead.evaluator.internal.Messages;
import io.stead.evaluator.internal.Show;
import io.stead.evaluator.internal.ValueJson;
import io.stead.evaluator.internal.ValueWithoutEnd;
import io.stead.evaluator.internal.decl.Declaration;
import io.stead.evaluator.internal.decl.OptionTree;
import io.stead.evaluator.internal.eval.ModuleScope;
import io.stead.evaluator.internal.eval.OptionState;
import java.util.ArrayList;
import java.util.List;

/** Builds what {@code stead option} shows about an option, like {@code nixos-option}. */
final class OptionReports {
    private final ModuleScope system;

    OptionReports(ModuleScope system) {
        this.system = system;
    }

    OptionReport report(OptionPath path) {
        ModuleScope.Declared found = system.locate(path);
        if (found == null || !(found.node() instanceof OptionTree.OptionNode option)) {
            for (int size = path.size() - 1; size > 0; size--) {
                // (nixos-option, too, shows options, not parts of their values)
                ModuleScope.Declared holder = system.locate(path.take(size));
                if (holder != null && holder.node() instanceof OptionTree.OptionNode o
                        && !holdsOptions(o.declaration().type())) {
                    OptionType type = o.declaration().type();
                    throw type.check(java.util.Map.of())
                            ? Messages.partOfAValue(path.toString(), path.take(size).toString(), type.description())
                            : Messages.noParts(path.toString(), path.take(size).toString(), type.description());
                }
                if (holder != null) {
                    break; // a group of options (or submodules), which has no option of that name
                }
            }
            String suggestion = system.suggest(path);
            throw Messages.doesNotExist(path.toString(), List.of(), suggestion);
        }
        Declaration d = option.declaration();
        OptionState state = found.scope().state(option);
        String value = null;
        String error = null;
        List<String> trace = List.of();
        try {
            value = ValueJson.write(state.value(), true);
        } catch (ConfigException e) {
            error = e.getMessage();
            trace = e.trace();
        } catch (ValueWithoutEnd e) {
            error = e.error(path.toString()).getMessage(); // (its definitions are listed below)
        }
        List<OptionState.Shown> shown;
        try {
            shown = state.definitions();
        } catch (ConfigException e) {
            error = error == null ? e.getMessage() : error;
            shown = state.written(); // still say where the option is defined: that is where to look
        }
        List<OptionReport.DefinitionReport> definitions = new ArrayList<>();
        for (OptionState.Shown s : shown) {
            if (s.priority() == io.stead.api.Priority.OPTION_DEFAULT && d.hasDefault()
                    && s.location().equals(d.defaultValue().location())) {
                continue; // the default is shown on its own
            }
            definitions.add(new OptionReport.DefinitionReport(s.location().toString(), s.priority(),
                    Show.node(s.value()), s.active()));
        }
        List<String> declaredAt = option.declaredAt().stream().map(Object::toString).toList();
        // a renamed option is reported as the option it now is, like NixOS's "Alias of"
        String aliasOf = found.path().equals(path.toString()) ? null : found.path();
        return new OptionReport(path.toString(), aliasOf, d.type().description(),
                d.hasDefault() ? Show.node(d.defaultValue()) : null, d.description(),
                d.example() == null ? null : ValueJson.write(d.example(), false), d.readOnly(), declaredAt,
                value, error, trace, definitions);
    }

    /** @return whether values of the type hold options: submodules, bare or in a collection */
    private static boolean holdsOptions(OptionType type) {
        if (type instanceof Submodule || type instanceof NestedSystem) {
            return true;
        }
        if (type instanceof AttrsOf a) {
            return holdsOptions(a.element());
        }
        if (type instanceof LazyAttrsOf a) {
            return holdsOptions(a.element());
        }
        if (type instanceof ListOf l) {
            return holdsOptions(l.element());
        }
        if (type instanceof NullOr n) {
            return holdsOptions(n.element());
        }
        if (type instanceof Uniq u) {
            return holdsOptions(u.element());
        }
        if (type instanceof Either e) {
            return holdsOptions(e.left()) || holdsOptions(e.right());
        }
        return type instanceof OneOf o && o.types().stream().anyMatch(OptionReports::holdsOptions);
    }
}
