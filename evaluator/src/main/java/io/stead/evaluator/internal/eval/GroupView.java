package io.stead.evaluator.internal.eval;

import io.stead.api.Config;
import io.stead.api.OptionPath;
import io.stead.evaluator.internal.Show;
import io.stead.evaluator.internal.decl.OptionTree;
import io.stead.evaluator.internal.model.Location;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A group of options (or a whole submodule instance) seen as a map of its defined values:
 * options that have a definition or a default, and subgroups that have any. Values are
 * computed when read. It is also the {@link Config} of that part of the configuration.
 */
public final class GroupView extends AbstractMap<String, Object> implements Config, Show.LazyValue {
    private final ModuleScope scope;
    private final OptionPath at;
    private final OptionTree.Group group;
    // the computed value that reached this view with Config.at, named when it reads a missing path
    private final Location readBy;
    private List<String> keys;

    GroupView(ModuleScope scope, OptionPath at, OptionTree.Group group) {
        this(scope, at, group, null);
    }

    private GroupView(ModuleScope scope, OptionPath at, OptionTree.Group group, Location readBy) {
        this.scope = scope;
        this.at = at;
        this.group = group;
        this.readBy = readBy;
    }

    /**
     * @param computedAt where the computed value that reads through this view is defined
     * @return this view, whose reads of a missing path name that computed value
     */
    GroupView readBy(Location computedAt) {
        return new GroupView(scope, at, group, computedAt);
    }

    ModuleScope scope() {
        return scope;
    }

    OptionPath at() {
        return at;
    }

    private List<String> keys() {
        if (keys == null) {
            List<String> out = new ArrayList<>();
            for (String name : names()) {
                if (has(name)) {
                    out.add(name);
                }
            }
            keys = List.copyOf(out);
        }
        return keys;
    }

    @Override
    public Object get(Object key) {
        OptionTree.TreeNode child = group.children().get(key);
        if (child instanceof OptionTree.OptionNode o) {
            return scope.cell(o).value();
        }
        if (child instanceof OptionTree.Group g) {
            return new GroupView(scope, at.child((String) key), g);
        }
        return null;
    }

    /**
     * @return the names of the options and groups declared here, whatever their values (none
     *     is read, unlike {@link #keySet()}, which holds those with a value)
     */
    List<String> names() {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, OptionTree.TreeNode> e : group.children().entrySet()) {
            if (!(e.getValue() instanceof OptionTree.AliasNode)) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    /**
     * @param key a member name
     * @return whether it has a value, as {@link #containsKey} tells without looking at the others
     */
    boolean has(String key) {
        OptionTree.TreeNode child = group.children().get(key);
        if (child instanceof OptionTree.OptionNode o) {
            return scope.cell(o).hasValue();
        }
        if (!(child instanceof OptionTree.Group g)) {
            return false;
        }
        Boolean known = scope.groupHasValue(g);
        if (known == null) {
            known = !new GroupView(scope, at.child(key), g).isEmpty();
            scope.groupHasValue(g, known);
        }
        return known;
    }

    /**
     * @param key a member name
     * @return whether an option or group of that name is declared here, whatever its value
     */
    boolean declares(String key) {
        OptionTree.TreeNode child = group.children().get(key);
        return child instanceof OptionTree.OptionNode || child instanceof OptionTree.Group;
    }

    /**
     * @param key a member name
     * @return whether it is a renamed or removed option of this group
     */
    boolean aliases(String key) {
        return group.children().get(key) instanceof OptionTree.AliasNode;
    }

    @Override
    public boolean containsKey(Object key) {
        // this key's alone: whether the others have values may read what this read does not need
        return keys != null ? keys.contains(key) : key instanceof String name && has(name);
    }

    @Override
    public int size() {
        return keys().size();
    }

    @Override
    public boolean isEmpty() {
        return keys().isEmpty();
    }

    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, Object>> iterator() {
                // a member is asked whether it has a value only when the iteration reaches it, so
                // what is done with one member (its value printed) comes before the next is asked:
                // errors come in the order NixOS meets them, member by member
                boolean test = keys == null;
                Iterator<String> names = test ? names().iterator() : keys.iterator();
                return new Iterator<>() {
                    private String next;

                    @Override
                    public boolean hasNext() {
                        while (next == null && names.hasNext()) {
                            String name = names.next();
                            next = !test || has(name) ? name : null;
                        }
                        return next != null;
                    }

                    @Override
                    public Map.Entry<String, Object> next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        String k = next;
                        next = null;
                        return new LazyEntry(k, GroupView.this);
                    }
                };
            }

            @Override
            public int size() {
                return keys().size();
            }
        };
    }

    private record LazyEntry(String key, GroupView view) implements Map.Entry<String, Object> {
        @Override
        public String getKey() {
            return key;
        }

        @Override
        public Object getValue() {
            return view.member(key);
        }

        @Override
        public Object setValue(Object value) {
            throw new UnsupportedOperationException("configuration values are immutable");
        }
    }

    /**
     * A member's value. Not {@link #get(String)}, Config's overload that a {@code String}
     * argument selects over {@code Map.get(Object)}: that one parses its argument as a path.
     *
     * @param name a member's name, as declared: one segment, whatever it contains ({@code "a.b"})
     * @return its value, read as {@link #get(String)} reads a path
     */
    Object member(String name) {
        OptionPath p = at.child(name);
        return readBy == null ? scope.get(p) : scope.referenced(p, PluginReads.READER, readBy);
    }

    @Override
    public Object get(String path) {
        OptionPath p = at.concat(OptionPath.parse(path));
        return readBy == null ? scope.get(p) : scope.referenced(p, PluginReads.READER, readBy);
    }

    @Override
    public boolean isDefined(String path) {
        return scope.isDefined(at.concat(OptionPath.parse(path)).toString());
    }

    @Override
    public Config at(String path) {
        if (readBy == null) {
            return scope.at(at.concat(OptionPath.parse(path)).toString());
        }
        Config c = scope.at(at.concat(OptionPath.parse(path)), PluginReads.READER, readBy);
        return c instanceof GroupView g ? g.readBy(readBy) : c;
    }

    @Override
    public String name() {
        return scope.name();
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
