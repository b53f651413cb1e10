package io.stead.evaluator.internal.decl;

import io.stead.api.OptionPath;
import io.stead.api.OptionType;
import io.stead.api.Submodule;
import io.stead.evaluator.internal.Messages;
import io.stead.evaluator.internal.model.Location;
import io.stead.evaluator.internal.model.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Inserts declarations into a tree. Declaring one option twice is an error naming both places,
 * except when both types carry submodules (alike wrapped), which merge as NixOS merges them:
 * the inner module lists are joined, and at most one of the declarations may give a default,
 * a description or an example. A declaration below a submodule option joins that submodule.
 */
final class OptionTreeBuilder {
    private final MutableGroup root = new MutableGroup(Location.BUILTIN);
    private final String prefix;

    /**
     * @param prefix the path of what the tree declares options of, in messages ("" for a
     *     system; a submodule's instance, so that its options are named as NixOS names them)
     */
    OptionTreeBuilder(String prefix) {
        this.prefix = prefix;
    }

    /** @return a path of this tree as messages name it */
    private String shown(OptionPath path) {
        return prefix.isEmpty() ? path.toString() : prefix + "." + path;
    }

    private static final class MutableGroup {
        final Map<String, Object> children = new LinkedHashMap<>();
        final Location location;

        MutableGroup(Location location) {
            this.location = location;
        }
    }

    void declare(Declaration d) {
        MutableGroup group = root;
        List<String> segments = d.path().segments();
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            Object existing = group.children.get(segment);
            boolean last = i == segments.size() - 1;
            if (last) {
                group.children.put(segment, place(d, existing));
                return;
            }
            if (existing == null) {
                MutableGroup child = new MutableGroup(d.location());
                group.children.put(segment, child);
                group = child;
            } else if (existing instanceof MutableGroup g) {
                group = g;
            } else if (existing instanceof OptionTree.OptionNode o && o.declaration().type() instanceof Submodule s) {
                group.children.put(segment, joinSubmodule(o, s, d, i + 1));
                return;
            } else if (existing instanceof OptionTree.OptionNode o) {
                throw Messages.optionAndGroup(shown(o.path()), o.declaredAt().get(0), d.location());
            } else {
                Alias a = ((OptionTree.AliasNode) existing).alias();
                throw Messages.alreadyDeclared(shown(a.from()), d.location(), a.location());
            }
        }
    }

    private Object place(Declaration d, Object existing) {
        if (existing == null) {
            return new OptionTree.OptionNode(d.path(), d, List.of(d.location()));
        }
        if (existing instanceof OptionTree.OptionNode o) {
            return merge(o, d);
        }
        if (existing instanceof MutableGroup g && d.type() instanceof Submodule s) {
            return absorb(d, s, g);
        }
        if (existing instanceof MutableGroup g) {
            throw Messages.optionAndGroup(shown(d.path()), d.location(), g.location);
        }
        Alias a = ((OptionTree.AliasNode) existing).alias();
        throw Messages.alreadyDeclared(shown(d.path()), d.location(), a.location());
    }

    /**
     * A submodule option declared where options were already declared below its path (by a
     * module that came earlier) takes them in, as if they were declared after it.
     */
    private OptionTree.OptionNode absorb(Declaration d, Submodule s, MutableGroup group) {
        OptionTree.OptionNode node = new OptionTree.OptionNode(d.path(), d, List.of(d.location()));
        for (Declaration below : declarationsIn(group)) {
            node = joinSubmodule(node, (Submodule) node.declaration().type(), below, d.path().size());
        }
        return node;
    }

    private List<Declaration> declarationsIn(MutableGroup group) {
        List<Declaration> out = new ArrayList<>();
        for (Object child : group.children.values()) {
            if (child instanceof MutableGroup g) {
                out.addAll(declarationsIn(g));
            } else if (child instanceof OptionTree.OptionNode o) {
                out.add(o.declaration());
            } else {
                Alias a = ((OptionTree.AliasNode) child).alias();
                throw Messages.alreadyDeclared(shown(a.from()), a.location(), group.location);
            }
        }
        return out;
    }

    private OptionTree.OptionNode merge(OptionTree.OptionNode o, Declaration d) {
        Declaration first = o.declaration();
        OptionType type = TypeMerge.of(first.type(), d.type());
        boolean clash = type == null || (first.hasDefault() && d.hasDefault())
                || (!first.description().isEmpty() && !d.description().isEmpty())
                || (first.example() != null && d.example() != null);
        if (clash) {
            throw Messages.alreadyDeclared(shown(d.path()), d.location(), o.declaredAt().get(0));
        }
        Declaration merged = new Declaration(first.path(), type,
                first.hasDefault() ? first.defaultValue() : d.defaultValue(),
                first.description().isEmpty() ? d.description() : first.description(),
                first.example() != null ? first.example() : d.example(),
                first.readOnly() || d.readOnly(), defaultFrom(first, d).location());
        List<Location> at = new ArrayList<>(o.declaredAt());
        at.add(d.location());
        return new OptionTree.OptionNode(o.path(), merged, List.copyOf(at));
    }

    /**
     * The declaration whose default the merged one keeps: its location is where messages say
     * the default comes from (every place stays in declaredAt, for "Declared by").
     */
    private static Declaration defaultFrom(Declaration first, Declaration second) {
        return !first.hasDefault() && second.hasDefault() ? second : first;
    }

    /** A declaration below a submodule option becomes one more module of that submodule. */
    private static OptionTree.OptionNode joinSubmodule(OptionTree.OptionNode o, Submodule s, Declaration d, int depth) {
        Declaration inner = new Declaration(d.path().drop(depth), d.type(), d.defaultValue(), d.description(),
                d.example(), d.readOnly(), d.location());
        ModuleData extra = new ModuleData(d.location().toString(), d.location().source(), List.of(inner), List.of(),
                new Node.Attrs(List.of(), d.location()), List.of(), List.of(), d.location());
        List<io.stead.api.ModuleSpec> modules = new ArrayList<>(s.modules());
        modules.add(new FileSubmodule(extra));
        Declaration first = o.declaration();
        Declaration merged = new Declaration(first.path(), new Submodule(modules), first.defaultValue(),
                first.description(), first.example(), first.readOnly(), first.location());
        List<Location> at = new ArrayList<>(o.declaredAt());
        at.add(d.location());
        return new OptionTree.OptionNode(o.path(), merged, List.copyOf(at));
    }

    void alias(Alias a) {
        MutableGroup group = root;
        List<String> segments = a.from().segments();
        for (int i = 0; i < segments.size() - 1; i++) {
            Object existing = group.children.get(segments.get(i));
            if (existing == null) {
                MutableGroup child = new MutableGroup(a.location());
                group.children.put(segments.get(i), child);
                group = child;
            } else if (existing instanceof MutableGroup g) {
                group = g;
            } else {
                throw Messages.alreadyDeclared(shown(a.from()), a.location(), locationOf(existing));
            }
        }
        String last = a.from().last();
        Object existing = group.children.get(last);
        if (existing != null) {
            throw Messages.alreadyDeclared(shown(a.from()), a.location(), locationOf(existing));
        }
        group.children.put(last, new OptionTree.AliasNode(a));
    }

    private static Location locationOf(Object node) {
        if (node instanceof OptionTree.OptionNode o) {
            return o.declaredAt().get(0);
        }
        if (node instanceof OptionTree.AliasNode al) {
            return al.alias().location();
        }
        return ((MutableGroup) node).location;
    }

    OptionTree.Group build() {
        return freeze(root);
    }

    private static OptionTree.Group freeze(MutableGroup g) {
        Map<String, OptionTree.TreeNode> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : g.children.entrySet()) {
            Object v = e.getValue();
            out.put(e.getKey(), v instanceof MutableGroup m ? freeze(m) : (OptionTree.TreeNode) v);
        }
        return new OptionTree.Group(OptionTree.sorted(out), g.location);
    }
}
