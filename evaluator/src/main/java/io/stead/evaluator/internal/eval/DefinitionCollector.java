package io.stead.evaluator.internal.eval;

import io.stead.api.OptionPath;
import io.stead.evaluator.internal.EvalError;
import io.stead.evaluator.internal.Messages;
import io.stead.evaluator.internal.Show;
import io.stead.evaluator.internal.decl.Alias;
import io.stead.evaluator.internal.decl.JavaValues;
import io.stead.evaluator.internal.decl.ModuleKeys;
import io.stead.evaluator.internal.decl.OptionTree;
import io.stead.evaluator.internal.model.Location;
import io.stead.evaluator.internal.model.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Distributes a module's definitions to the options they define, before anything is
 * evaluated. Attribute sets are split along the option tree; {@code $if}, {@code $merge},
 * priorities and orders are pushed down to each option (never forced here), so which options a
 * module defines never depends on configuration values. Below an option, the rest of the path
 * becomes part of the option's value. Renamed options forward (with a warning); removed and
 * undeclared options are errors.
 */
final class DefinitionCollector {
    private final OptionTree tree;
    private final PathName prefix;
    private final String name;
    private final EvalContext context;
    private final Map<OptionTree.OptionNode, List<Def>> collected = new IdentityHashMap<>();
    // the module being added: its attribute sets given to each option, and those given in pieces
    private final Map<OptionTree.OptionNode, JoinedAttrs> pieces = new IdentityHashMap<>();
    private final List<JoinedAttrs> joined = new ArrayList<>();
    // the module being added: the part that each of its parts forwards to each new name (made
    // when a renamed option is first defined: most collectors, one per submodule instance, meet none)
    private Map<ForwardedPart, Object> forwarded;
    // the module being added: the parts that gave an old name an attribute set, which later
    // pieces of the same part join (warned about once, at the first piece, as one definition)
    private Set<ForwardedPart> renamedSets;

    DefinitionCollector(OptionTree tree, PathName prefix, EvalContext context) {
        this(tree, prefix, null, context);
    }

    /** @param name the submodule instance's attribute name, or null (for its messages only) */
    DefinitionCollector(OptionTree tree, PathName prefix, String name, EvalContext context) {
        this.tree = tree;
        this.prefix = prefix;
        this.name = name;
        this.context = context;
    }

    /** An undeclared path met, with every definition of it: said once all modules are added. */
    private record Undeclared(String path, String option, String moduleKey, List<Messages.Shown> shown) {
    }

    // the undeclared paths met, in the order met; the first is the error, with all its definitions
    private Map<String, Undeclared> undeclared;

    /**
     * @return the definitions of each option
     * @throws EvalError for the first undeclared path met, naming every definition of it
     */
    Map<OptionTree.OptionNode, List<Def>> result() {
        if (undeclared != null) {
            throw undeclaredError();
        }
        return collected;
    }

    private EvalError undeclaredError() {
        Undeclared first = undeclared.values().iterator().next();
        return first.moduleKey() == null ? Messages.doesNotExist(first.path(), first.shown(), first.option())
                : Messages.misspeltModuleKey(first.path(), first.shown(), first.moduleKey());
    }

    /**
     * Adds one module's definitions.
     *
     * @param config the module's definitions
     * @param at where the module is
     * @param scope the configuration its conditions, references and computed values read
     */
    void add(Node config, Location at, ModuleScope scope) {
        try {
            walk(tree.root(), OptionPath.ROOT, config, at, List.of(), scope, new Object());
        } catch (EvalError e) {
            // an undeclared path met before is the first error, as when it stopped the walk
            if (undeclared != null) {
                throw undeclaredError();
            }
            throw e;
        }
        for (int i = 0; i < joined.size(); i++) { // (indexed loops: see Discharger.select)
            joined.get(i).finish();
        }
        pieces.clear();
        joined.clear();
        forwarded = null;
        renamedSets = null;
    }

    /**
     * @param at the path of {@code target} when it is a group (null when it is an option)
     * @param part the part of the module being walked: a new one below each property and for
     *     each {@code $merge} part, since NixOS counts those as definitions of their own
     */
    private void walk(OptionTree.TreeNode target, OptionPath at, Node node, Location location,
                      List<Node> wrappers, ModuleScope scope, Object part) {
        if (target instanceof OptionTree.OptionNode option) {
            define(option, node, location, wrappers, scope, part);
            return;
        }
        OptionTree.Group group = (OptionTree.Group) target;
        if (node instanceof Node.Attrs attrs) {
            List<Node.Entry> entries = attrs.entries();
            for (int i = 0; i < entries.size(); i++) {
                Node.Entry entry = entries.get(i);
                entry(group, at, entry.path(), 0, entry.value(), wrappers, scope, part);
            }
        } else if (node instanceof Node.When || node instanceof Node.Prio || node instanceof Node.Ordered) {
            List<Node> more = new ArrayList<>(wrappers);
            more.add(node);
            walk(group, at, body(node), node.location(), more, scope, new Object());
        } else if (node instanceof Node.Merge merge) {
            for (Node piece : merge.parts()) {
                walk(group, at, piece, piece.location(), wrappers, scope, new Object());
            }
        } else if (node instanceof Node.Lazy lazy) {
            // a group's part of an evaluated value: a group's value is itself lazy, so read it now
            walk(group, at, new Node.Value(lazy.value().get(), lazy.location()), location, wrappers, scope, part);
        } else if (node instanceof Node.Value v && v.value() instanceof Map<?, ?> value) {
            // an attribute set the evaluator made (a submodule's or attrsOf's value, reached by a
            // $ref or handed over by a computed value) that defines a submodule instance: only a
            // discharged definition is a Value, so its shape no longer depends on anything
            walk(group, at, attrs(value, v.location()), location, wrappers, scope, part);
        } else {
            // a value as written is named at its own line (a module's 'config: 5' at that line,
            // not the module's first)
            Location where = node instanceof Node.Scalar || node instanceof Node.ListNode ? node.location() : location;
            throw Messages.groupDefinedAsValue(show(at), List.of(new Messages.Shown(where, Show.node(node))));
        }
    }

    /**
     * One definition of an option; an attribute set that the same part of the module already
     * gave the option through another key joins that one.
     */
    private void define(OptionTree.OptionNode option, Node node, Location location, List<Node> wrappers,
                        ModuleScope scope, Object part) {
        List<Def> defs = Merger.groupOf(collected, option);
        if (node instanceof Node.Attrs attrs) {
            JoinedAttrs earlier = pieces.get(option);
            if (earlier != null && earlier.joins(part)) {
                if (earlier.add(attrs)) {
                    joined.add(earlier);
                }
                return;
            }
            pieces.put(option, new JoinedAttrs(part, defs, attrs, wrappers));
        }
        defs.add(new Def(rewrap(node, wrappers), location, scope));
    }

    /** Follows one entry's path through the tree, segment by segment. */
    private void entry(OptionTree.Group group, OptionPath at, OptionPath path, int index, Node value,
                       List<Node> wrappers, ModuleScope scope, Object part) {
        OptionTree.TreeNode node = group;
        int i = index;
        while (i < path.size() && node instanceof OptionTree.Group g) {
            String segment = path.segments().get(i);
            OptionTree.TreeNode child = g.children().get(segment);
            if (child == null) {
                OptionPath here = reached(at, path, index, i + 1);
                OptionPath wrong = here.concat(path.drop(i + 1));
                String option = undeclared != null && undeclared.containsKey(show(wrong)) ? null : suggestion(wrong);
                if (option == null) {
                    option = quotedName(wrong);
                }
                String suggestion = option;
                // a file's top-level key: perhaps a module key misspelt (import:, option:)
                String moduleKey = option == null && prefix.isRoot() && here.size() == 1
                        ? ModuleKeys.closest(segment) : null;
                // said once every module is added, with every definition of the path (the contract's
                // "every file and line"; NixOS names the first)
                if (undeclared == null) {
                    undeclared = new LinkedHashMap<>();
                }
                undeclared.computeIfAbsent(show(wrong), p -> new Undeclared(p, suggestion, moduleKey, new ArrayList<>()))
                        .shown().add(new Messages.Shown(value.location(), Show.read(value)));
                return;
            }
            node = child;
            i++;
        }
        OptionPath rest = path.drop(i);
        if (node instanceof OptionTree.AliasNode aliasNode) {
            OptionPath here = reached(at, path, index, i);
            Alias alias = aliasNode.alias();
            Node asWritten = rest.isRoot() ? value
                    : new Node.Attrs(List.of(new Node.Entry(rest, value)), value.location());
            if (alias.isRemoval()) {
                if (RemovedDefinition.conditional(wrappers, value)) {
                    // an error only if its conditions hold, as NixOS's removal asserts !isDefined
                    context.removedDefinition(new RemovedDefinition(show(here), alias.replacement(),
                            new Def(rewrap(asWritten, wrappers), value.location(), scope)));
                    return;
                }
                throw Messages.removed(show(here), alias.replacement(),
                        List.of(new Messages.Shown(value.location(), Show.node(value))));
            }
            // warned about once the configuration can say whether it counts, as NixOS's fromOpt.isDefined;
            // one part's attribute sets under the old name (users.extraUsers.a beside
            // users.extraUsers.b) are one definition of it, as they are of the new name
            if (!(asWritten instanceof Node.Attrs) || firstRenamedSet(part, alias)) {
                context.renamedDefinition(new RenamedDefinition(show(here), show(alias.to()),
                        new Def(rewrap(asWritten, wrappers), value.location(), scope), prefix.toString()));
            }
            // (a definition of its own: NixOS defines the new option in the rename's module, from
            // the old option's definitions, so one part's pieces under the old name join there)
            entry(tree.root(), OptionPath.ROOT, alias.to().concat(rest), 0, value, wrappers, scope,
                    forwardedPart(part, alias));
            return;
        }
        Node inner = rest.isRoot() ? value
                : new Node.Attrs(List.of(new Node.Entry(rest, value)), value.location());
        // (an option's own path is not needed: it is the option's)
        walk(node, node instanceof OptionTree.Group ? reached(at, path, index, i) : null, inner, value.location(),
                wrappers, scope, part);
    }

    /**
     * @return the path an entry's walk has reached: {@code at} followed by the entry's
     *     segments {@code from} to {@code to} (made only when needed: most entries end at an option)
     */
    private static OptionPath reached(OptionPath at, OptionPath path, int from, int to) {
        return at.concat(path.drop(from).take(to - from));
    }

    /** @return whether this is the first attribute set that a part of the module gives an old name */
    private boolean firstRenamedSet(Object part, Alias alias) {
        if (renamedSets == null) {
            renamedSets = new HashSet<>();
        }
        return renamedSets.add(new ForwardedPart(part, alias));
    }

    /** @return the part that a part of the module forwards to a renamed option's new name */
    private Object forwardedPart(Object part, Alias alias) {
        if (forwarded == null) {
            forwarded = new HashMap<>();
        }
        ForwardedPart key = new ForwardedPart(part, alias);
        Object to = forwarded.get(key);
        if (to == null) {
            to = new Object();
            forwarded.put(key, to);
        }
        return to;
    }

    /** A part of a module (compared by identity) and a rename it defines through. */
    private record ForwardedPart(Object part, Alias alias) {
    }

    private static Node.Attrs attrs(Map<?, ?> value, Location at) {
        List<Node.Entry> entries = new ArrayList<>(); // (not sized: a submodule's size reads its options)
        if (value instanceof Show.LazyValue) {
            // an option's value: each of its attributes is read when the option it defines is
            for (Object key : ValuePart.keys(value)) {
                entries.add(new Node.Entry(OptionPath.of((String) key), new ValuePart(value, key).node(at)));
            }
            return new Node.Attrs(entries, at);
        }
        for (Map.Entry<?, ?> e : value.entrySet()) {
            entries.add(new Node.Entry(OptionPath.of((String) e.getKey()), JavaValues.toNode(e.getValue(), at)));
        }
        return new Node.Attrs(entries, at);
    }

    private String suggestion(OptionPath wrong) {
        String s = tree.suggest(wrong);
        return s == null ? null : prefix.under(s);
    }

    /**
     * An instance name that holds a '.', written unquoted: {@code environment.etc.sysctl.d/90-net.conf.text}
     * defines the instance 'sysctl' and its undeclared 'd/90-net.conf.text'. If joining the name
     * with the wrong path's first segments leaves a path this instance declares, that is the
     * suggestion, quoted: {@code environment.etc."sysctl.d/90-net.conf".text}.
     */
    private String quotedName(OptionPath wrong) {
        PathName above = name == null ? null : prefix.without(name);
        if (above == null) {
            return null;
        }
        StringBuilder joined = new StringBuilder(name);
        for (int k = 1; k < wrong.size(); k++) {
            joined.append('.').append(wrong.segments().get(k - 1));
            OptionPath rest = wrong.drop(k);
            if (declares(rest)) {
                return above.child(joined.toString()).child(rest).toString();
            }
        }
        return null;
    }

    /** @return whether a path names a declared option or group, or a path into an option's value */
    private boolean declares(OptionPath path) {
        OptionTree.TreeNode node = tree.root();
        for (String segment : path.segments()) {
            if (node instanceof OptionTree.OptionNode) {
                return true;
            }
            if (!(node instanceof OptionTree.Group g) || (node = g.children().get(segment)) == null) {
                return false;
            }
        }
        return true;
    }

    private String show(OptionPath relative) {
        return prefix.child(relative).toString();
    }

    private static Node body(Node wrapper) {
        if (wrapper instanceof Node.When w) {
            return w.body();
        }
        if (wrapper instanceof Node.Prio p) {
            return p.body();
        }
        return ((Node.Ordered) wrapper).body();
    }

    /** Puts the properties met above an option back around its definition, outermost first. */
    static Node rewrap(Node node, List<Node> wrappers) {
        Node out = node;
        for (int i = wrappers.size() - 1; i >= 0; i--) {
            Node w = wrappers.get(i);
            if (w instanceof Node.When when) {
                // (keeping the $if's own line: messages about its condition name it)
                out = new Node.When(when.conditions(), out, when.location());
            } else if (w instanceof Node.Prio p) {
                out = new Node.Prio(p.priority(), out, out.location());
            } else {
                out = new Node.Ordered(((Node.Ordered) w).order(), out, out.location());
            }
        }
        return out;
    }
}
