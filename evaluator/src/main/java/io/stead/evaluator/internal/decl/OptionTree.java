package io.stead.evaluator.internal.decl;

import io.stead.api.OptionPath;
import io.stead.evaluator.internal.model.Location;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The declared options of one configuration (the whole system, or one submodule type) as a
 * tree: groups of options, options, and aliases (renamed or removed options). Built once from
 * the modules' declarations; immutable afterwards.
 */
public final class OptionTree {
    private final Group root;
    private final String prefix;
    private List<OptionPath> optionPaths;
    private boolean renamesEndAtOptions; // checked already

    private OptionTree(Group root, String prefix) {
        this.root = root;
        this.prefix = prefix;
    }

    /** A node of the tree. */
    public sealed interface TreeNode permits Group, OptionNode, AliasNode {
    }

    /**
     * A group of options, such as {@code services.openssh}.
     *
     * @param children the members, sorted by name
     * @param location where something below was first declared
     */
    public record Group(Map<String, TreeNode> children, Location location) implements TreeNode {
    }

    /**
     * A declared option.
     *
     * @param path its path within the tree
     * @param declaration its (merged) declaration
     * @param declaredAt every place that declares it
     */
    public record OptionNode(OptionPath path, Declaration declaration, List<Location> declaredAt)
            implements TreeNode {
    }

    /**
     * A renamed or removed option.
     *
     * @param alias what it became
     */
    public record AliasNode(Alias alias) implements TreeNode {
    }

    /**
     * @param modules the modules, in module order
     * @return their declarations as a tree
     * @throws EvalError if declarations conflict
     */
    public static OptionTree build(List<ModuleData> modules) {
        return build(modules, "");
    }

    /**
     * @param modules the modules, in module order
     * @param prefix the path that messages put before the options' own ("" for none)
     * @return their declarations as a tree
     * @throws EvalError if declarations conflict
     */
    public static OptionTree build(List<ModuleData> modules, String prefix) {
        OptionTreeBuilder builder = new OptionTreeBuilder(prefix);
        for (ModuleData m : modules) {
            for (Declaration d : m.declarations()) {
                builder.declare(d);
            }
            for (Alias a : m.aliases()) {
                builder.alias(a);
            }
        }
        OptionTree tree = new OptionTree(builder.build(), prefix);
        for (ModuleData m : modules) {
            for (Alias a : m.aliases()) {
                if (!a.isRemoval()) {
                    RenameChains.checkEnds(tree, a, prefix);
                }
            }
        }
        return tree;
    }

    /**
     * Checks that every rename ends at an option, a group of options or a path below an option.
     * Only a whole configuration's tree can say: a plugin may rename to an option that a file
     * declares, or that another plugin declares which the configuration disables.
     *
     * @throws io.stead.evaluator.internal.EvalError naming the rename that leads nowhere
     */
    public void checkRenamesEndAtOptions() {
        if (!renamesEndAtOptions) {
            checkRenames(root);
            renamesEndAtOptions = true;
        }
    }

    private void checkRenames(TreeNode node) {
        if (node instanceof AliasNode a && !a.alias().isRemoval()) {
            RenameChains.checkEndsAtOptions(this, a.alias(), prefix);
        } else if (node instanceof Group g) {
            for (TreeNode child : g.children().values()) {
                checkRenames(child);
            }
        }
    }

    /** @return the root group */
    public Group root() {
        return root;
    }

    /**
     * @param path a path
     * @return the node at exactly that path, or null
     */
    public TreeNode find(OptionPath path) {
        TreeNode node = root;
        for (String segment : path.segments()) {
            if (!(node instanceof Group g)) {
                return null;
            }
            node = g.children().get(segment);
            if (node == null) {
                return null;
            }
        }
        return node;
    }

    /** @return every option's path, sorted */
    public List<OptionPath> optionPaths() {
        if (optionPaths == null) {
            List<OptionPath> out = new ArrayList<>();
            collect(root, OptionPath.ROOT, out);
            optionPaths = Collections.unmodifiableList(out);
        }
        return optionPaths;
    }

    private static void collect(TreeNode node, OptionPath at, List<OptionPath> out) {
        if (node instanceof OptionNode) {
            out.add(at);
        } else if (node instanceof Group g) {
            for (Map.Entry<String, TreeNode> e : g.children().entrySet()) {
                collect(e.getValue(), at.child(e.getKey()), out);
            }
        }
    }

    /**
     * A close declared path for a mistyped one, for "did you mean" hints.
     *
     * @param wrong the undeclared path
     * @return a declared path, or null if none is close
     */
    public String suggest(OptionPath wrong) {
        OptionPath oneSegment = suggestOneSegment(wrong);
        if (oneSegment != null) {
            return oneSegment.toString();
        }
        String target = wrong.toString();
        // options, and the groups as deep as the wrong path (a misspelt 'services.opensh'); a
        // shallower group would only undo the wrong path's last segments
        Set<String> declared = new LinkedHashSet<>();
        for (OptionPath p : optionPaths()) {
            if (p.size() > wrong.size() && wrong.size() > 0) {
                declared.add(p.take(wrong.size()).toString());
            }
            declared.add(p.toString());
        }
        // and fewer edits than the last segment has characters: 't.s.zz' does not mean 't.s.x'
        int within = Math.max(2, target.length() / 5);
        if (wrong.size() > 0) {
            within = Math.min(within, wrong.last().length() - 1);
        }
        return within < 1 ? null : EditDistance.closest(target, declared, within);
    }

    /**
     * The path with its first undeclared segment replaced by the closest name beside it, if the
     * rest then leads to an option, a group or into an option's value: 'systemd.service.web.script'
     * is 'systemd.services.web.script', which a comparison of whole paths misses, the options
     * below an attribute set's names being no paths of this tree.
     */
    private OptionPath suggestOneSegment(OptionPath wrong) {
        TreeNode node = root;
        OptionPath corrected = null;
        for (int i = 0; i < wrong.size(); i++) {
            if (!(node instanceof Group group)) {
                return corrected; // an option's or an alias's: the rest is inside its value
            }
            String segment = wrong.segments().get(i);
            TreeNode child = group.children().get(segment);
            if (child == null) {
                if (corrected != null || segment.length() < 3) {
                    return null; // one segment is replaced, and a short one is near every other
                }
                String close = EditDistance.closest(segment, group.children().keySet(), segment.length() < 6 ? 1 : 2);
                if (close == null) {
                    return null;
                }
                List<String> segments = new ArrayList<>(wrong.segments());
                segments.set(i, close);
                corrected = new OptionPath(segments);
                child = group.children().get(close);
            }
            node = child;
        }
        return corrected;
    }

    static Map<String, TreeNode> sorted(Map<String, TreeNode> children) {
        return Collections.unmodifiableMap(new TreeMap<>(children));
    }
}
