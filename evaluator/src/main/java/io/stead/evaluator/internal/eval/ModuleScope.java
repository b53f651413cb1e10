package io.stead.evaluator.internal.eval;

import io.stead.api.Config;
import io.stead.api.OptionPath;
import io.stead.api.OptionType;
import io.stead.api.Priority;
import io.stead.evaluator.internal.EvalError;
import io.stead.evaluator.internal.Messages;
import io.stead.evaluator.internal.model.Location;
import io.stead.evaluator.internal.Show;
import io.stead.evaluator.internal.decl.Declaration;
import io.stead.evaluator.internal.decl.ModuleData;
import io.stead.evaluator.internal.decl.EditDistance;
import io.stead.evaluator.internal.decl.OptionTree;
import io.stead.evaluator.internal.model.Node;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One configuration being evaluated: the whole system, or one submodule instance. It knows
 * its declarations (shared by all instances of a type), the definitions of each option
 * (collected when the scope is made, without evaluating anything), and one memoised cell per
 * option, created when the option is first read.
 */
public final class ModuleScope implements Config {
    private final EvalContext context;
    private final PathName prefix;
    private final String name;
    private final OptionTree tree;
    private final boolean nested;
    private final Map<OptionTree.OptionNode, MergeCell> cells = new IdentityHashMap<>();
    // whether each group asked about holds a value (made on first use: most instances have none)
    private Map<OptionTree.Group, Boolean> groupsWithValues;
    private Map<OptionTree.OptionNode, List<Def>> defs;
    /** The definitions of a submodule instance from outside (empty for the system). */
    private List<Def> external = List.of();

    private ModuleScope(EvalContext context, PathName prefix, String name, OptionTree tree, boolean nested) {
        this.context = context;
        this.prefix = prefix;
        this.name = name;
        this.tree = tree;
        this.nested = nested;
    }

    /**
     * Makes a scope and collects its definitions in NixOS's order. A submodule instance is an
     * evaluation of its own in NixOS, whose module list (the type's modules, then one module per
     * definition) is collected breadth-first and reversed like the system's: the type's own
     * modules, which option declarations wrap as imports, come first (last listed first), then
     * the definitions given from outside, last given first. A nested system lists the system's
     * modules directly, before its definitions, so they merge after them (reversed, as in the
     * system). So does a submodule inside an {@code either} or {@code oneOf}: NixOS's either
     * keeps its branches' types as they are, and their modules are not wrapped. Conditions and
     * computed values of the type's modules read this scope, except a nested system type's own
     * modules ({@link io.stead.api.NestedSystem#modules()}), which read the enclosing system.
     *
     * @param context the evaluation
     * @param prefix the absolute path of this configuration, empty for the system
     * @param name the submodule instance's name, or null for the system
     * @param shape the modules and option tree
     * @param external definitions of the whole configuration from elsewhere
     * @param inChoice whether the submodule is inside an {@code either} or {@code oneOf} branch
     *     of its option's type
     * @return the scope
     */
    static ModuleScope create(EvalContext context, PathName prefix, String name, SubmoduleShapes.Shape shape,
                              List<Def> external, boolean inChoice) {
        ModuleScope scope = new ModuleScope(context, prefix, name, shape.tree(), shape.nested());
        DefinitionCollector collector = new DefinitionCollector(shape.tree(), prefix, name, context);
        boolean typeLast = shape.nested() || inChoice;
        if (!typeLast) {
            addReversed(collector, shape.modules(), scope);
        }
        for (int i = external.size() - 1; i >= 0; i--) {
            Def d = external.get(i);
            collector.add(d.node(), d.location(), d.scope());
        }
        if (typeLast) {
            // a nested system's type's own modules (NixOS's extraConfig for a container) come
            // after the system's, before the definitions given from outside; like those, they
            // read the system enclosing this one
            if (!shape.extra().isEmpty()) {
                addReversed(collector, shape.extra(), context.systemEnclosing(prefix));
            }
            addReversed(collector, shape.modules(), scope);
        }
        scope.defs = collector.result();
        scope.external = external;
        if (shape.nested()) {
            context.nestedSystemMade(scope, prefix);
        }
        return scope;
    }

    private static void addReversed(DefinitionCollector collector, List<ModuleData> modules, ModuleScope scope) {
        for (int i = modules.size() - 1; i >= 0; i--) {
            ModuleData m = modules.get(i);
            collector.add(m.config(), m.location(), scope);
        }
    }

    /**
     * The system scope: every module's definitions, in module order, read against this scope.
     *
     * @param context the evaluation
     * @param modules the modules, in module order
     * @param tree their declarations
     * @return the scope
     */
    public static ModuleScope system(EvalContext context, List<ModuleData> modules, OptionTree tree) {
        ModuleScope scope = new ModuleScope(context, PathName.ROOT, null, tree, false);
        context.systemMade(scope);
        DefinitionCollector collector = new DefinitionCollector(tree, PathName.ROOT, context);
        for (ModuleData m : modules) {
            collector.add(m.config(), m.location(), scope);
        }
        scope.defs = collector.result();
        return scope;
    }

    /**
     * @param path a value's path, relative to this configuration
     * @param error an error about that value, whose message names it
     * @return the error with the definitions that make the value, as a plugin's refusal gets
     *     them; the error itself if there are none
     */
    public EvalError withDefinitions(OptionPath path, EvalError error) {
        EvalError located = RefusedValue.of(this, path, error.getMessage());
        return located == null ? error : located;
    }

    /** @return the declarations of this configuration */
    public OptionTree tree() {
        return tree;
    }

    /** @return whether this is a nested system (a container's configuration), with assertions of its own */
    public boolean nested() {
        return nested;
    }

    /**
     * @return where this submodule instance was defined from outside, in module order (for an
     *     error in a default of its type, which the user did not write)
     */
    List<Location> definedAt() {
        List<Location> at = new ArrayList<>(external.size());
        for (int i = external.size() - 1; i >= 0; i--) { // (they come last given first)
            Def d = external.get(i);
            if (!at.contains(d.location())) {
                at.add(d.location());
            }
        }
        return at;
    }

    /** @return the absolute path of this configuration, empty for the system */
    public String path() {
        return prefix.toString();
    }

    /** @return the evaluation this configuration belongs to */
    EvalContext context() {
        return context;
    }

    /** @return this configuration as a map of its defined values */
    public GroupView view() {
        return new GroupView(this, OptionPath.ROOT, tree.root());
    }

    String show(OptionPath relative) {
        return prefix.child(relative).toString();
    }

    /**
     * Whether a group of this scope holds any value, as far as known: printing a group asks each
     * of its groups, which ask theirs, so without remembering, a path of groups n deep was asked
     * n times over (a dotted path of 1,000 parts took seconds).
     *
     * @param group a group of this scope's tree
     * @return whether any option under it has a value, or null if not asked yet
     */
    Boolean groupHasValue(OptionTree.Group group) {
        return groupsWithValues == null ? null : groupsWithValues.get(group);
    }

    /**
     * @param group a group of this scope's tree
     * @param hasValue whether any option under it has a value
     */
    void groupHasValue(OptionTree.Group group, boolean hasValue) {
        if (groupsWithValues == null) {
            groupsWithValues = new IdentityHashMap<>();
        }
        groupsWithValues.put(group, hasValue);
    }

    MergeCell cell(OptionTree.OptionNode option) {
        MergeCell cell = cells.get(option);
        if (cell == null) {
            Declaration d = option.declaration();
            List<Def> all = new ArrayList<>();
            if (d.hasDefault()) {
                // at the default's own line ('default:' in a file), not the option's key
                Node def = d.defaultValue();
                all.add(new Def(new Node.Prio(Priority.OPTION_DEFAULT, def, def.location()), def.location(), this));
            }
            all.addAll(defs.getOrDefault(option, List.of()));
            cell = new MergeCell(context, prefix.child(option.path()), d.type(), all, d, option.path().last(), false);
            cells.put(option, cell);
        }
        return cell;
    }

    /**
     * The report data of an option: its cell (definitions, discharge, value).
     *
     * @param option the option
     * @return an accessor for reports
     */
    public OptionState state(OptionTree.OptionNode option) {
        return new OptionState(cell(option));
    }

    /**
     * What is declared at a path, following it into submodule values: the scope that declares
     * it (the system's or a submodule instance's), the path within that scope, and the node.
     *
     * @param scope the declaring scope
     * @param relative the path within it
     * @param node an option or a group
     */
    public record Declared(ModuleScope scope, OptionPath relative, OptionTree.TreeNode node) {
        /** @return the whole path of what was found (the new name, when a renamed one was asked for) */
        public String path() {
            return scope.show(relative);
        }
    }

    /**
     * @param path a path, possibly into submodule values ({@code systemd.services.ssh.serviceConfig})
     * @return what is declared there, or null if nothing is (a removed option is an error)
     */
    public Declared locate(OptionPath path) {
        OptionTree.TreeNode node = tree.root();
        for (int i = 0; i < path.size(); i++) {
            if (node instanceof OptionTree.Group g) {
                node = g.children().get(path.segments().get(i));
                if (node == null) {
                    return null;
                }
            } else if (node instanceof OptionTree.OptionNode o) {
                Placeholder.Reached placeheld = Placeholder.submodule(o.declaration().type(), path, i);
                if (placeheld != null && !definesLiterally(o, path.segments().get(i))) {
                    // users.users.<name>: an instance with none of the configuration's definitions
                    int below = i + placeheld.segments();
                    PathName at = prefix.child(path.take(below));
                    ModuleScope bare = create(context, at, path.segments().get(below - 1),
                            context.shapes().of(placeheld.submodule(), at), List.of(), false);
                    return bare.locate(path.drop(below));
                }
                // below an option: follow its value down to a submodule instance, then its declarations
                Object v = valueToLocateIn(o);
                int j = i;
                while (j < path.size() && !(v instanceof GroupView) && v instanceof Map<?, ?> m) {
                    v = m.get(path.segments().get(j++));
                }
                return v instanceof GroupView view ? view.scope().locate(view.at().concat(path.drop(j))) : null;
            } else {
                return locateAlias((OptionTree.AliasNode) node, path, i);
            }
        }
        if (node instanceof OptionTree.AliasNode a) {
            return locateAlias(a, path, path.size());
        }
        return new Declared(this, path, node);
    }

    /**
     * Whether an option's value has an attribute whose name is literally a placeholder's
     * ({@code users.users."<name>"}): that instance is the one located, since it is declared as
     * the placeholder's is and has definitions besides. The value is only looked into: if it
     * cannot be read, the path is the placeholder (which needs no value).
     */
    private boolean definesLiterally(OptionTree.OptionNode o, String segment) {
        if (!segment.equals(Placeholder.ATTRIBUTE)) {
            return false;
        }
        MergeCell cell = cell(o);
        try {
            return cell.isDefinedByConfiguration() && cell.value() instanceof Map<?, ?> m && m.containsKey(segment);
        } catch (EvalError e) {
            return false;
        }
    }

    /**
     * The value of an option that a located path goes below. A submodule option without a value
     * (undefined, or null under {@code nullOr}) still declares its options, as NixOS's
     * getSubOptions documents them: they are located in an instance with no definitions, as a
     * placeholder's are.
     */
    private Object valueToLocateIn(OptionTree.OptionNode o) {
        MergeCell cell = cell(o);
        Object v;
        try {
            v = cell.value();
        } catch (EvalError e) {
            if (!cell.isUndefined()) {
                throw e;
            }
            v = null;
        }
        OptionType submodule = v == null ? Placeholder.submoduleBelow(o.declaration().type()) : null;
        if (submodule == null) {
            if (v == null && cell.isUndefined()) {
                return cell.value(); // not a submodule: the option's own error
            }
            return v;
        }
        PathName at = prefix.child(o.path());
        return create(context, at, o.path().last(), context.shapes().of(submodule, at), List.of(), false).view();
    }

    /**
     * A close declared path for one where {@link #locate} found nothing, looked for in the
     * innermost configuration the path reaches (a submodule instance's options too, not only
     * the system's), as a definition's "did you mean" is.
     *
     * @param path the undeclared path
     * @return a declared path, or null if none is close
     */
    public String suggest(OptionPath path) {
        OptionTree.TreeNode node = tree.root();
        for (int i = 0; i < path.size() && node instanceof OptionTree.Group g; i++) {
            node = g.children().get(path.segments().get(i));
            if (node instanceof OptionTree.OptionNode o) {
                Object v = valueToLocateIn(o);
                int j = i + 1;
                while (j < path.size() && !(v instanceof GroupView) && v instanceof Map<?, ?> m) {
                    if (!m.containsKey(path.segments().get(j))) {
                        String close = closestPath(m, path, j); // another attribute, such as another user
                        if (close != null) {
                            return close;
                        }
                    }
                    v = m.get(path.segments().get(j++));
                }
                if (v instanceof GroupView view) {
                    return view.scope().suggest(view.at().concat(path.drop(j)));
                }
                break;
            }
        }
        String close = tree.suggest(path);
        return close == null ? null : prefix.under(close);
    }

    /**
     * A renamed option is what its new name declares; asking about a removed one is an error
     * that says what to use instead, as defining it is (it is not merely undeclared).
     */
    private Declared locateAlias(OptionTree.AliasNode a, OptionPath path, int consumed) {
        if (a.alias().isRemoval()) {
            throw Messages.removed(show(path.take(consumed)), a.alias().replacement(), List.of());
        }
        return locate(a.alias().to().concat(path.drop(consumed)));
    }

    /**
     * The value at a path: an option's value, a path into it, or a group of options.
     *
     * @param path relative to this configuration
     * @return the value
     */
    public Object get(OptionPath path) {
        return get(path, null, null);
    }

    /**
     * The value at a path that a directive names, so that a path to nothing is reported with
     * the directive's file and line.
     *
     * @param path relative to this configuration
     * @param directive the directive ({@code $ref}, {@code $if})
     * @param at where it is written
     * @return the value
     */
    public Object referenced(OptionPath path, String directive, Location at) {
        return get(path, directive, at);
    }

    private Object get(OptionPath path, String directive, Location at) {
        OptionTree.TreeNode node = tree.root();
        int i = 0;
        while (true) {
            if (node instanceof OptionTree.OptionNode o) {
                MergeCell cell = cell(o);
                Object value;
                try {
                    value = cell.value();
                } catch (EvalError e) {
                    if (directive != null && cell.isUndefined()) {
                        // where the missing value is asked for, which the declaration alone does not say
                        throw Messages.usedButNotDefinedReferenced(cell.path().toString(), cell.declaredAt(),
                                directive, at).withTrace(e.trace());
                    }
                    throw e;
                }
                return navigate(value, path, i, directive, at);
            }
            if (node instanceof OptionTree.AliasNode a) {
                if (a.alias().isRemoval()) {
                    throw directive == null ? Messages.removed(show(path.take(i)), a.alias().replacement(), List.of())
                            : Messages.removedReferenced(show(path.take(i)), a.alias().replacement(), directive, at);
                }
                return get(a.alias().to().concat(path.drop(i)), directive, at);
            }
            OptionTree.Group g = (OptionTree.Group) node;
            if (i == path.size()) {
                return new GroupView(this, path, g);
            }
            OptionTree.TreeNode child = g.children().get(path.segments().get(i));
            if (child == null) {
                String suggestion = tree.suggest(path);
                String close = suggestion == null ? null : prefix.under(suggestion);
                throw directive == null ? Messages.doesNotExist(show(path), List.of(), close)
                        : Messages.referenceToNothing(show(path), directive, at, close);
            }
            node = child;
            i++;
        }
    }

    /**
     * For "did you mean": the path with its missing attribute replaced by a close one of the value
     * (such as another user's name in users.users). Not in a group of options, whose keys would
     * have to be evaluated, and whose declared names a path's suggestion already covers.
     */
    private String closestPath(Map<?, ?> value, OptionPath path, int missing) {
        if (value instanceof GroupView) {
            return null;
        }
        TreeSet<String> keys = new TreeSet<>(); // sorted: a tie gives the same answer on every run
        for (Object k : value.keySet()) {
            keys.add(String.valueOf(k));
        }
        // a name with a '.' written unquoted (environment.etc.sysctl.d/90-net.conf): quote it
        StringBuilder joined = new StringBuilder(path.segments().get(missing));
        for (int k = missing + 1; k < path.size(); k++) {
            joined.append('.').append(path.segments().get(k));
            if (keys.contains(joined.toString())) {
                return show(path.take(missing).child(joined.toString()).concat(path.drop(k + 1)));
            }
        }
        String closest = EditDistance.closest(path.segments().get(missing), keys, 2);
        return closest == null ? null : show(path.take(missing).child(closest).concat(path.drop(missing + 1)));
    }

    /** Reads into a value; a missing attribute is reported at the directive that names it, if any. */
    private Object navigate(Object value, OptionPath path, int from, String directive, Location at) {
        Object v = value;
        for (int j = from; j < path.size(); j++) {
            String segment = path.segments().get(j);
            if (directive == null && v instanceof List<?> l) {
                // a selection path (stead eval --attr) picks list elements by number, as Nix's do
                if (!ListIndex.selects(l, segment)) {
                    throw Messages.noListElement(show(path.take(j + 1)), show(path.take(j)), l.size());
                }
                v = l.get(Integer.parseInt(segment));
                continue;
            }
            if (!(v instanceof Map<?, ?> m)) {
                throw Messages.missingAttribute(show(path.take(j + 1)), segment,
                        "'" + show(path.take(j)) + "', whose value is " + Show.value(v), directive, at);
            }
            if (m instanceof GroupView g && g.declares(segment)) {
                v = g.member(segment); // (g.get(segment) would parse the name as a path)
                continue;
            }
            if (m instanceof GroupView g) {
                // a submodule's renamed or removed option: its own scope forwards it or names the
                // removal; an undeclared one, it says does not exist, with a close declared name
                return g.scope().get(g.at().concat(path.drop(j)), directive, at);
            }
            if (!m.containsKey(segment)) {
                throw Messages.missingAttribute(show(path.take(j + 1)), segment,
                        "the value of '" + show(path.take(j)) + "'", directive, at, closestPath(m, path, j));
            }
            v = m.get(segment);
        }
        return v;
    }

    @Override
    public Object get(String path) {
        return get(OptionPath.parse(path));
    }

    @Override
    public boolean isDefined(String path) {
        return isDefined(OptionPath.parse(path));
    }

    /**
     * As NixOS's {@code isDefined}: whether definitions remain once conditions and priorities
     * are applied, the option's default not counted. A renamed option's old name answers for
     * the new one; a removed option is never defined; a path that names nothing is an error, as
     * reading it is (a misspelt path would otherwise read as "not defined").
     */
    private boolean isDefined(OptionPath path) {
        OptionTree.TreeNode node = tree.root();
        int i = 0;
        while (true) {
            if (node instanceof OptionTree.OptionNode o) {
                // (a path below an option names part of its value, not an option)
                return i == path.size() && cell(o).isDefinedByConfiguration();
            }
            if (node instanceof OptionTree.AliasNode a) {
                return !a.alias().isRemoval() && isDefined(a.alias().to().concat(path.drop(i)));
            }
            OptionTree.Group g = (OptionTree.Group) node;
            if (i == path.size()) {
                return false; // a group of options, not an option
            }
            OptionTree.TreeNode child = g.children().get(path.segments().get(i));
            if (child == null) {
                String suggestion = tree.suggest(path);
                throw Messages.doesNotExist(show(path), List.of(), suggestion == null ? null : prefix.under(suggestion));
            }
            node = child;
            i++;
        }
    }

    @Override
    public Config at(String path) {
        return at(OptionPath.parse(path), null, null);
    }

    /**
     * The configuration of a submodule value that something names.
     *
     * @param path relative to this configuration
     * @param reader what names it ({@code $ref}, a computed value), or null
     * @param where where that is written, or null
     * @return its configuration
     */
    Config at(OptionPath path, String reader, Location where) {
        Object v = get(path, reader, where);
        if (v instanceof Config c) {
            return c;
        }
        // (what it is, not its contents: an attribute set not read yet would show as {...})
        String kind = v instanceof Map ? "an attribute set" : v instanceof List ? "a list" : Show.value(v);
        throw Messages.notAConfiguration(show(path), kind, reader, where);
    }

    @Override
    public String name() {
        if (name == null) {
            throw new IllegalStateException("the system configuration has no name; only submodule instances do");
        }
        return name;
    }

    @Override
    public String toString() {
        return prefix.isRoot() ? "<system configuration>" : "<configuration of '" + prefix + "'>";
    }
}
