package io.stead.evaluator.internal.decl;

import io.stead.api.OptionPath;
import io.stead.evaluator.internal.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * Follows renames to where they end. A rename whose new name is renamed back to it (a plugin's
 * {@code rename("a", "b")} beside {@code rename("b", "a")}) would send every definition of
 * either name round for ever; NixOS reports infinite recursion there. A rename that ends where
 * no option is, nor a group of options, nor an option above, would drop every definition of
 * the old name; NixOS fails there too (the rename module defines the new path, which does not
 * exist).
 */
final class RenameChains {
    private RenameChains() {
    }

    /**
     * @param tree the declarations
     * @param rename a rename among them
     * @param prefix the path that messages put before the options' own ("" for none)
     * @throws io.stead.evaluator.internal.EvalError naming the cycle, if the rename leads back to itself
     */
    static void checkEnds(OptionTree tree, Alias rename, String prefix) {
        follow(tree, rename, prefix, false);
    }

    /**
     * @param tree the declarations of a whole configuration: every module's, files' too
     * @param rename a rename among them, whose chain ends (see {@link #checkEnds})
     * @param prefix the path that messages put before the options' own ("" for none)
     * @throws io.stead.evaluator.internal.EvalError naming the rename of the chain that leads
     *     nowhere, if the chain ends where there is no option
     */
    static void checkEndsAtOptions(OptionTree tree, Alias rename, String prefix) {
        follow(tree, rename, prefix, true);
    }

    private static void follow(OptionTree tree, Alias rename, String prefix, boolean atOptions) {
        List<Alias> followed = new ArrayList<>();
        followed.add(rename);
        OptionPath from = rename.from(); // the last rename followed, with what is below it
        OptionPath path = rename.to();
        while (path != null) {
            Alias next = null;
            int depth = 0;
            OptionTree.TreeNode node = tree.root();
            for (String segment : path.segments()) {
                if (!(node instanceof OptionTree.Group g)) {
                    break;
                }
                node = g.children().get(segment);
                depth++;
                if (node == null || node instanceof OptionTree.AliasNode) {
                    break;
                }
            }
            if (node instanceof OptionTree.AliasNode a) {
                next = a.alias();
            } else if (node == null && atOptions) {
                // the rename that leads nowhere: the chain's last, not its first, which may be right
                String close = tree.suggest(path);
                throw Messages.renameToNothing(shown(prefix, from), shown(prefix, path),
                        close == null || prefix.isEmpty() ? close : prefix + "." + close,
                        followed.get(followed.size() - 1).location());
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
            OptionPath below = path.drop(depth);
            from = next.from().concat(below);
            path = next.to().concat(below);
        }
    }

    private static String shown(String prefix, OptionPath path) {
        return prefix.isEmpty() ? path.toString() : prefix + "." + path;
    }
}
