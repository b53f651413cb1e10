package io.stead.evaluator.internal.eval;

import io.stead.api.OptionPath;
import io.stead.evaluator.internal.EvalError;
import io.stead.evaluator.internal.Messages;
import io.stead.evaluator.internal.decl.OptionTree;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a value that a plugin refused comes from ({@code new ConfigException(option, message)},
 * or each of several options refused together): the definitions that count of the deepest
 * merged value on the option's path. That is the option's own, an attribute's of an
 * {@code attrsOf} below it, or an option's inside a submodule value; below that (inside a list
 * or a plain attribute set), the nearest of those.
 */
final class RefusedValue {
    private RefusedValue() {
    }

    /**
     * @param scope the configuration the plugin read
     * @param path the refused option, relative to it
     * @param message the plugin's message
     * @return the plugin's message with the definitions, or null if none are found
     */
    static EvalError of(ModuleScope scope, OptionPath path, String message) {
        List<Leaf> active = active(scope, path);
        return active.isEmpty() ? null : Messages.refused(message, MergeCell.shown(active));
    }

    /**
     * @param scope the configuration the plugin read
     * @param paths the options refused together, relative to it, as the plugin named them
     * @param message the plugin's message
     * @return the plugin's message with each option's definitions under its name, or null if
     *     none are found
     */
    static EvalError of(ModuleScope scope, List<OptionPath> paths, String message) {
        if (paths.size() == 1) {
            return of(scope, paths.get(0), message);
        }
        List<Messages.Refused> found = new ArrayList<>();
        for (OptionPath path : paths) {
            List<Leaf> active = active(scope, path);
            if (!active.isEmpty()) {
                found.add(new Messages.Refused(scope.show(path), MergeCell.shown(active)));
            }
        }
        return found.isEmpty() ? null : Messages.refusedTogether(message, found);
    }

    /**
     * @param scope the configuration the plugin read
     * @param path an option path a plugin refused, relative to it
     * @return whether it leads to no option, alias or group there (the plugin's mistake: a path
     *     from the wrong configuration, or a typo)
     */
    static boolean leadsNowhere(ModuleScope scope, OptionPath path) {
        OptionTree.TreeNode node = scope.tree().root();
        for (String segment : path.segments()) {
            if (!(node instanceof OptionTree.Group group)) {
                return false; // an option or an alias: the rest is inside its value
            }
            node = group.children().get(segment);
            if (node == null) {
                return true;
            }
        }
        return false;
    }

    /** The definitions that count of the value at {@code path}; none if they cannot be read. */
    private static List<Leaf> active(ModuleScope scope, OptionPath path) {
        MergeCell cell;
        try {
            cell = cellAt(scope, path);
        } catch (EvalError e) {
            return List.of(); // a value on the way cannot be read: the plugin's message alone
        }
        if (cell == null) {
            return List.of();
        }
        try {
            return cell.discharged().active();
        } catch (EvalError e) {
            return List.of(); // the option being computed (a plugin refusing its own value): its message alone
        }
    }

    private static MergeCell cellAt(ModuleScope scope, OptionPath path) {
        OptionTree.TreeNode node = scope.tree().root();
        for (int i = 0; i <= path.size(); i++) {
            if (node instanceof OptionTree.OptionNode o) {
                return below(scope.cell(o), path, i);
            }
            if (node instanceof OptionTree.AliasNode a) {
                // an old name: what the new one holds
                return a.alias().isRemoval() ? null : cellAt(scope, a.alias().to().concat(path.drop(i)));
            }
            if (i == path.size()) {
                return null; // a group of options: no one value
            }
            node = ((OptionTree.Group) node).children().get(path.segments().get(i));
            if (node == null) {
                return null;
            }
        }
        return null;
    }

    /** The merge of the deepest value on the path below an option's, from its merge at {@code i}. */
    private static MergeCell below(MergeCell option, OptionPath path, int i) {
        MergeCell found = option;
        int j = i;
        while (j < path.size()) {
            Object value = found.value();
            if (value instanceof GroupView view) {
                MergeCell inner = cellAt(view.scope(), view.at().concat(path.drop(j)));
                return inner != null ? inner : found;
            }
            MergeCell next = value instanceof LazyAttrs attrs ? attrs.cell(path.segments().get(j)) : null;
            if (next == null) {
                return found;
            }
            found = next;
            j++;
        }
        return found;
    }
}
