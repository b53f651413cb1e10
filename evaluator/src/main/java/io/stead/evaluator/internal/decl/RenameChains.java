package io.stead.evaluator.internal.decl;

import io.stead.api.OptionPath;
import io.stead.evaluator.internal.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that following renames always ends, and ends where options are. A rename whose new
 * name is renamed back to it (a plugin's {@code rename("a", "b")} beside
 * {@code rename("b", "a")}) would send every definition of either name round for ever; NixOS
 * reports infinite recursion there. A rename to a path no option is at, or under, would drop
 * every definition of the old name; NixOS's rename module fails there ("Renaming error").
 */
final class RenameChains {
    private RenameChains() {
    }

    /**
     * @param tree the declarations
     * @param rename a rename among them
     * @param prefix the path that messages put before the options' own ("" for none)
     * @throws io.stead.evaluator.internal.EvalError naming the cycle, if the rename leads back to
     *     itself, or the path, if it leads where there is no option
     */
    static void check(OptionTree tree, Alias rename, String prefix) {
        List<Alias> followed = new ArrayList<>();
        followed.add(rename);
        OptionPath path = rename.to();
        while (path != null) {
            Alias next = null;
            int depth = 0;
            OptionTree.TreeNode node = tree.root();
            boolean exists = true;
            for (String segment : path.segments()) {
                if (!(node instanceof OptionTree.Group g)) {
                    break;
                }
                node = g.children().get(segment);
                depth++;
                if (node == null) {
                    exists = false;
                    break;
                }
                if (node instanceof OptionTree.AliasNode a) {
                    next = a.alias();
                    break;
                }
            }
            if (!exists) {
                String close = tree.suggest(path);
                String suggestion = close == null || prefix.isEmpty() ? close : prefix + "." + close;
                throw Messages.renameToNothing(shown(prefix, rename.from()), shown(prefix, path), suggestion,
                        rename.location());
            }
            if (next == null || next.isRemoval()) {
                return;
            }
            if (followed.contains(next)) {
                List<String> chain = new ArrayList<>();
                for (Alias a : followed.subList(followed.indexOf(next), followed.size())) {
                    chain.add(shown(prefix, a.from()));
                }
                chain.add(shown(prefix, next.from()));
                throw Messages.renameCycle(chain, rename.location());
            }
            followed.add(next);
            path = next.to().concat(path.drop(depth));
        }
    }

    private static String shown(String prefix, OptionPath path) {
        return prefix.isEmpty() ? path.toString() : prefix + "." + path;
    }
}
