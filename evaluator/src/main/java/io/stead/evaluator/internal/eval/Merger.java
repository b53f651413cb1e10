package io.stead.evaluator.internal.eval;

import io.stead.api.OptionPath;
import io.stead.api.SystemPackage;
import io.stead.api.AbsolutePath;
import io.stead.api.Anything;
import io.stead.api.Attrs;
import io.stead.api.Bool;
import io.stead.api.AttrsOf;
import io.stead.api.Commas;
import io.stead.api.Either;
import io.stead.api.EnumOf;
import io.stead.api.LazyAttrsOf;
import io.stead.api.Lines;
import io.stead.api.ListOf;
import io.stead.api.NestedSystem;
import io.stead.api.NullOr;
import io.stead.api.OneOf;
import io.stead.api.OptionType;
import io.stead.api.Str;
import io.stead.api.StrMatching;
import io.stead.api.PackageType;
import io.stead.api.Priority;
import io.stead.api.Submodule;
import io.stead.api.Uniq;
import io.stead.api.ValueOrList;
import io.stead.evaluator.internal.Messages;
import io.stead.evaluator.internal.Show;
import io.stead.evaluator.internal.model.Location;
import io.stead.evaluator.internal.model.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Merges the active definitions of one option by its type, as NixOS's types do: scalars must
 * agree, lines join, lists concatenate (dropping elements whose {@code $if} is false),
 * attribute sets merge per attribute (lazily), submodules become configurations of their own.
 * A type check failure names every definition that fails it.
 */
final class Merger {
    private final EvalContext context;

    Merger(EvalContext context) {
        this.context = context;
    }

    /**
     * @param inChoice whether the value is inside an {@code either} or {@code oneOf} branch of
     *     its option's type, which changes where a submodule's own definitions come in an
     *     instance (see {@link ModuleScope#create})
     */
    Object merge(PathName path, OptionType type, List<Leaf> leaves, String name, boolean inChoice) {
        if (type instanceof Submodule || type instanceof NestedSystem) {
            return submodule(path, type, leaves, name, inChoice);
        }
        if (type instanceof ListOf l) {
            return list(path, type, l.element(), leaves, false, inChoice);
        }
        if (type instanceof AttrsOf a) {
            return attrs(path, type, a.element(), leaves, false, inChoice);
        }
        if (type instanceof LazyAttrsOf a) {
            return attrs(path, type, a.element(), leaves, true, inChoice);
        }
        if (type instanceof NullOr n) {
            return nullOr(path, n, leaves, name, inChoice);
        }
        if (type instanceof Uniq u) {
            checkAll(path, type, leaves); // a definition of the wrong type is that, not a second one
            if (leaves.size() > 1) {
                throw Messages.notUnique(path.toString(), MergeCell.shown(leaves));
            }
            return merge(path, u.element(), leaves, name, inChoice);
        }
        if (type instanceof Either e) {
            return either(path, type, e.left(), e.right(), leaves, name);
        }
        if (type instanceof ValueOrList v) {
            return valueOrList(path, v, leaves, name, inChoice);
        }
        if (type instanceof OneOf o) {
            return oneOf(path, o, leaves, name);
        }
        if (type instanceof Anything) {
            return anything(path, leaves);
        }
        if (type instanceof Attrs) {
            return shallow(path, type, leaves);
        }
        if (type instanceof Lines) {
            return joined(path, type, leaves, "\n");
        }
        if (type instanceof Commas) {
            return joined(path, type, leaves, ",");
        }
        return equal(path, type, leaves);
    }

    /** The value a type check sees: scalars as they are, collections by their shape. */
    private static Object shape(Node node) {
        if (node instanceof Node.Scalar s) {
            return s.value();
        }
        if (node instanceof Node.Value v) {
            return v.value();
        }
        return node instanceof Node.ListNode ? List.of() : Map.of();
    }

    private static void checkAll(PathName path, OptionType type, List<Leaf> leaves) {
        List<Leaf> invalid = null;
        for (int i = 0; i < leaves.size(); i++) { // (indexed: see Discharger.select)
            Leaf l = leaves.get(i);
            if (!type.check(shape(l.node()))) {
                if (invalid == null) {
                    invalid = new ArrayList<>();
                }
                invalid.add(l);
            }
        }
        if (invalid != null) {
            throw Messages.notOfType(path.toString(), type.description(), MergeCell.shown(invalid),
                    hint(type, invalid) + defaultOrigin(invalid));
        }
    }

    /**
     * For a type error in a submodule's own default (a user's name taken from its attribute
     * name), which names the plugin's line: where the user defined that submodule, or "".
     */
    private static String defaultOrigin(List<Leaf> invalid) {
        ModuleScope scope = invalid.get(0).scope();
        for (Leaf l : invalid) {
            if (l.priority() != Priority.OPTION_DEFAULT || l.scope() != scope) {
                return "";
            }
        }
        List<Location> at = scope.definedAt();
        return at.isEmpty() ? "" : Messages.defaultOfSubmodule(scope.path(), at);
    }

    /**
     * The way out of a type error whose fix is plain, or "": a single value written where a
     * list is wanted, which the list's elements would take; a quoted yes or no where a boolean
     * is wanted.
     */
    private static String hint(OptionType wanted, List<Leaf> invalid) {
        String yamlWord = yamlWord(wanted, invalid);
        if (yamlWord != null) {
            return Messages.quoteYamlWord(yamlWord);
        }
        String yamlNumber = yamlNumber(wanted, invalid);
        if (yamlNumber != null) {
            return Messages.quoteYamlNumber(yamlNumber);
        }
        OptionType type = ThroughNullOrUniq.inner(wanted);
        if (type instanceof AbsolutePath) {
            for (Leaf leaf : invalid) {
                if (leaf.node() instanceof Node.Scalar s && s.value() instanceof String text && !text.isEmpty()
                        && !text.startsWith("/")) {
                    return Messages.relativePath(text);
                }
            }
        }
        for (StrMatching pattern : patterns(type, new ArrayList<>())) {
            for (Leaf leaf : invalid) {
                if (leaf.node() instanceof Node.Scalar s && s.value() instanceof String text
                        && pattern.givesUpOn(text)) {
                    return Messages.matchGivenUp(StrMatching.budget(text));
                }
            }
        }
        if (type instanceof ListOf l) {
            for (Leaf leaf : invalid) {
                if (!(leaf.node() instanceof Node.Scalar s) || !l.element().check(s.value())) {
                    return "";
                }
            }
            return Messages.writeAsList(Show.node(invalid.get(0).node()));
        }
        if (type instanceof Bool) {
            for (Leaf leaf : invalid) {
                if (leaf.node() instanceof Node.Scalar s && s.value() instanceof String word) {
                    switch (word.toLowerCase(Locale.ROOT)) {
                        case "yes", "true", "on":
                            return Messages.writeUnquoted(word, true);
                        case "no", "false", "off":
                            return Messages.writeUnquoted(word, false);
                        default:
                            break;
                    }
                }
            }
        }
        return "";
    }

    /** The strMatching patterns a value of the type may be checked against, at its top. */
    private static List<StrMatching> patterns(OptionType type, List<StrMatching> out) {
        OptionType inner = ThroughNullOrUniq.inner(type);
        if (inner instanceof StrMatching pattern) {
            out.add(pattern);
        } else if (inner instanceof Either either) {
            patterns(either.left(), out);
            patterns(either.right(), out);
        } else if (inner instanceof OneOf oneOf) {
            oneOf.types().forEach(t -> patterns(t, out));
        }
        return out;
    }

    /**
     * A number YAML read from one of the definitions that the type would take as a string, as
     * written ({@code mode: 600} for a file's mode), or null. Not for a plain string, which takes
     * any: there a number is as likely a mistake.
     */
    private static String yamlNumber(OptionType wanted, List<Leaf> invalid) {
        if (ThroughNullOrUniq.inner(wanted) instanceof Str) {
            return null;
        }
        for (Leaf leaf : invalid) {
            String file = leaf.node().location().source();
            if (leaf.node() instanceof Node.Scalar s && (s.value() instanceof Long || s.value() instanceof Double)
                    && (file.endsWith(".yaml") || file.endsWith(".yml")) && wanted.check(String.valueOf(s.value()))) {
                return String.valueOf(s.value());
            }
        }
        return null;
    }

    /**
     * A word that YAML read as a boolean from one of the definitions, which the type would take
     * as a string (hostName: no), or null: for a port or a list of integers, quoting helps no one.
     */
    private static String yamlWord(OptionType wanted, List<Leaf> invalid) {
        for (Leaf leaf : invalid) {
            String file = leaf.node().location().source();
            if (leaf.node() instanceof Node.Scalar s && s.value() instanceof Boolean b
                    && (file.endsWith(".yaml") || file.endsWith(".yml"))) {
                for (String word : b ? List.of("yes", "on", "true") : List.of("no", "off", "false")) {
                    if (wanted.check(word)) {
                        return word;
                    }
                }
            }
        }
        return null;
    }

    /** Scalars (and packages): every definition must have the same value. */
    private static Object equal(PathName path, OptionType type, List<Leaf> leaves) {
        checkAll(path, type, leaves);
        Object first = scalar(type, leaves.get(0));
        for (int i = 1; i < leaves.size(); i++) {
            if (!same(type, first, scalar(type, leaves.get(i)))) {
                throw Messages.conflicting(path.toString(), MergeCell.shown(leaves));
            }
        }
        return first;
    }

    /**
     * Equality as Nix's {@code ==}, which NixOS's mergeEqualOption uses: floats compare as
     * numbers, so -0.0 equals 0.0 (Double.equals tells them apart), and under an enum, the one
     * type whose values may be integers and floats alike, 1 equals 1.0. Other types that take
     * both, such as anything, refuse an integer and a float together, as NixOS's do.
     */
    private static boolean same(OptionType type, Object a, Object b) {
        boolean mixed = a instanceof Long && b instanceof Double || a instanceof Double && b instanceof Long;
        return (!mixed || type instanceof EnumOf) && NixEquality.equal(a, b);
    }

    private static Object scalar(OptionType type, Leaf leaf) {
        Object v = shape(leaf.node());
        return type instanceof PackageType && v instanceof String s ? new SystemPackage(s) : v;
    }

    private static Object joined(PathName path, OptionType type, List<Leaf> leaves, String separator) {
        checkAll(path, type, leaves);
        List<String> parts = new ArrayList<>(leaves.size());
        for (Leaf l : leaves) {
            parts.add((String) shape(l.node()));
        }
        return String.join(separator, parts);
    }

    /** As NixOS's either: all definitions fit left, or all fit right, or there must be only one. */
    private Object either(PathName path, OptionType type, OptionType left, OptionType right, List<Leaf> leaves,
                          String name) {
        checkAll(path, type, leaves);
        if (allFit(left, leaves)) {
            return merge(path, left, leaves, name, true);
        }
        if (allFit(right, leaves)) {
            return merge(path, right, leaves, name, true);
        }
        // NixOS's either then falls back to mergeOneOption, which says so
        throw Messages.notUnique(path.toString(), MergeCell.shown(leaves));
    }

    /**
     * As NixOS's systemd unitOption: single values must be equal; if any definition is a list,
     * all join into one list, a single value as a one-element list.
     */
    private Object valueOrList(PathName path, ValueOrList type, List<Leaf> leaves, String name, boolean inChoice) {
        checkAll(path, type, leaves);
        boolean anyList = false;
        for (Leaf l : leaves) {
            anyList |= shape(l.node()) instanceof List;
        }
        if (!anyList) {
            return merge(path, type.value(), leaves, name, inChoice);
        }
        List<Leaf> lists = new ArrayList<>(leaves.size());
        for (Leaf l : leaves) {
            lists.add(shape(l.node()) instanceof List ? l : new Leaf(new Node.ListNode(List.of(l.node()),
                    l.node().location()), l.location(), l.scope(), l.priority(), l.order(), l.deferred(), l.ordered()));
        }
        return list(path, new ListOf(type.value()), type.value(), lists, false, inChoice);
    }

    /**
     * NixOS's oneOf [t1 ... tn] is the left fold either (... (either t1 t2) ...) tn: definitions that
     * all fit one of t1 ... tn-1 merge as that shorter oneOf (a mix of t1 and t2 conflicts there,
     * even if tn would take them all); otherwise they must all fit tn.
     */
    private Object oneOf(PathName path, OneOf type, List<Leaf> leaves, String name) {
        checkAll(path, type, leaves);
        List<OptionType> types = type.types();
        int count = types.size();
        while (count > 1 && allFitOneOf(types.subList(0, count - 1), leaves)) {
            count--;
        }
        if (count == 1) {
            return merge(path, types.get(0), leaves, name, true);
        }
        OptionType last = types.get(count - 1);
        if (allFit(last, leaves)) {
            return merge(path, last, leaves, name, true);
        }
        throw Messages.notUnique(path.toString(), MergeCell.shown(leaves));
    }

    private static boolean allFit(OptionType type, List<Leaf> leaves) {
        for (Leaf l : leaves) {
            if (!type.check(shape(l.node()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean allFitOneOf(List<OptionType> types, List<Leaf> leaves) {
        for (Leaf l : leaves) {
            Object value = shape(l.node());
            boolean fits = false;
            for (OptionType t : types) {
                fits |= t.check(value);
            }
            if (!fits) {
                return false;
            }
        }
        return true;
    }

    private Object nullOr(PathName path, NullOr type, List<Leaf> leaves, String name, boolean inChoice) {
        // NixOS checks every definition against the type before its merge counts the nulls
        checkAll(path, type, leaves);
        int nulls = 0;
        for (Leaf l : leaves) {
            if ((l.node() instanceof Node.Scalar s && s.value() == null)
                    || (l.node() instanceof Node.Value v && v.value() == null)) {
                nulls++;
            }
        }
        if (nulls == leaves.size()) {
            return null;
        }
        if (nulls > 0) {
            throw Messages.nullAndNotNull(path.toString(), MergeCell.shown(leaves));
        }
        return merge(path, type.element(), leaves, name, inChoice);
    }

    /** NixOS's isStringLike of an attribute set: one with an outPath or a __toString attribute. */
    private static boolean isStringLikeSet(Node node) {
        if (node instanceof Node.Attrs a) {
            for (Node.Entry e : a.entries()) {
                String first = e.path().segments().get(0);
                if (first.equals("outPath") || first.equals("__toString")) {
                    return true;
                }
            }
            return false;
        }
        return node instanceof Node.Value v && v.value() instanceof Map<?, ?> m
                && (m.containsKey("outPath") || m.containsKey("__toString"));
    }

    /**
     * {@code anything}'s definitions with those written inside an order read, one by one in
     * merge order, as NixOS's merge reads them to find their common kind: a definition of
     * another kind (attribute set, package, list or other) than the first fails before a
     * {@code $ref} after it is read (which might be a cycle).
     */
    static List<Leaf> readByKind(PathName path, List<Leaf> active) {
        List<Leaf> out = new ArrayList<>(active.size());
        int kind = -1;
        for (Leaf l : active) {
            Leaf read = l.deferred() ? Discharger.readDeferred(l) : l;
            int k = isStringLikeSet(read.node()) ? 0 : isAttrs(read.node()) ? 1 : isList(read.node()) ? 2 : 3;
            if (kind >= 0 && k != kind) {
                throw Messages.conflictingKinds(path.toString(), MergeCell.shown(active));
            }
            kind = k;
            out.add(read);
        }
        return out;
    }

    private static boolean isAttrs(Node node) {
        return node instanceof Node.Attrs || (node instanceof Node.Value v && v.value() instanceof Map);
    }

    private static boolean isList(Node node) {
        return node instanceof Node.ListNode || (node instanceof Node.Value v && v.value() instanceof List);
    }

    /**
     * Lists concatenate in order. Each element is discharged on its own when the list is made,
     * so a false $if drops it, but merged (and type-checked) only when read, as NixOS merges
     * an element only when its value is used.
     *
     * @param raw whether the list is an {@code anything} definition's, which NixOS keeps as
     *     written: a {@code $ref} element is then not read to know that it is one
     */
    private Object list(PathName path, OptionType type, OptionType element, List<Leaf> leaves, boolean raw,
                        boolean inChoice) {
        checkAll(path, type, leaves);
        List<MergeCell> out = new ArrayList<>();
        List<Location> sites = new ArrayList<>();
        int n = 0;
        for (Leaf l : leaves) {
            n++;
            int m = 0;
            for (Node item : items(l)) {
                m++;
                // NixOS evaluates an element at loc ++ ["[definition N-entry M]"]: that last
                // segment alone is the name a submodule element sees (written out only then)
                MergeCell cell = new MergeCell(context, path.listElement(n, m), element,
                        List.of(new Def(item, item.location(), l.scope())), null, null, inChoice);
                // (in an anything list, which NixOS keeps as written, a $ref is an element
                // whether or not it can be read, and is read with it)
                if ((raw && item instanceof Node.Ref) || cell.hasValue()) {
                    out.add(cell);
                    sites.add(item.location());
                }
            }
        }
        return new LocatedList(out, sites);
    }

    private static List<Node> items(Leaf leaf) {
        if (leaf.node() instanceof Node.ListNode l) {
            return l.items();
        }
        List<?> list = (List<?>) ((Node.Value) leaf.node()).value();
        // a merged list's elements are read when the element they define is (see Node.Lazy)
        boolean lazy = list instanceof LocatedList;
        List<Node> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            out.add(lazy ? new ValuePart(list, i).node(leaf.location())
                    : new Node.Value(list.get(i), leaf.location()));
        }
        return out;
    }

    /**
     * Attribute sets merge per attribute, each attribute's definitions merged by the element
     * type when first read. With {@code attrsOf}, attributes whose definitions are all disabled
     * are left out (which evaluates their conditions); with {@code lazyAttrsOf} every named
     * attribute is present, and reading a disabled one fails.
     */
    private Object attrs(PathName path, OptionType type, OptionType element, List<Leaf> leaves, boolean lazy,
                         boolean inChoice) {
        checkAll(path, type, leaves);
        Map<String, List<Def>> groups = group(leaves);
        TreeMap<String, MergeCell> cells = new TreeMap<>();
        for (Map.Entry<String, List<Def>> e : groups.entrySet()) {
            MergeCell cell = new MergeCell(context, path.child(e.getKey()), element,
                    e.getValue(), null, e.getKey(), inChoice);
            if (lazy) {
                cell.useEmptyValue();
            }
            cells.put(e.getKey(), cell);
        }
        if (!lazy) {
            // attributes whose definitions are all disabled are left out, asked in name order as
            // NixOS's attrsOf filters them: of two failing conditions, the same one is reported
            cells.values().removeIf(cell -> !cell.hasValue());
        }
        return new LazyAttrs(cells);
    }

    private static boolean isRef(List<Def> defs) {
        return defs.size() == 1 && defs.get(0).node() instanceof Node.Ref;
    }

    /**
     * The definitions of each attribute, in definition order; dotted keys split at their first
     * segment. The attribute sets one definition gives an attribute through several keys
     * ({@code a.x} and {@code a.y}) are one definition of it, as in NixOS.
     */
    static Map<String, List<Def>> group(List<Leaf> leaves) {
        Map<String, List<Def>> groups = new LinkedHashMap<>();
        Map<String, JoinedAttrs> pieces = null;
        List<JoinedAttrs> joined = null;
        for (Leaf l : leaves) {
            if (l.node() instanceof Node.Attrs a) {
                List<Node.Entry> entries = a.entries();
                boolean join = hasDottedKey(entries); // (without one, every key is there once)
                if (join && pieces == null) {
                    pieces = new HashMap<>();
                    joined = new ArrayList<>();
                }
                for (Node.Entry e : entries) {
                    String key = e.path().segments().get(0);
                    Node value = e.path().size() == 1 ? e.value()
                            : new Node.Attrs(List.of(new Node.Entry(e.path().drop(1), e.value())), e.value().location());
                    List<Def> defs = groupOf(groups, key);
                    if (join && value instanceof Node.Attrs piece) {
                        JoinedAttrs earlier = pieces.get(key);
                        if (earlier != null && earlier.joins(l)) {
                            if (earlier.add(piece)) {
                                joined.add(earlier);
                            }
                            continue;
                        }
                        pieces.put(key, new JoinedAttrs(l, defs, piece, List.of()));
                    }
                    defs.add(new Def(value, e.value().location(), l.scope()));
                }
            } else {
                Map<?, ?> map = (Map<?, ?>) ((Node.Value) l.node()).value();
                if (map instanceof Show.LazyValue) {
                    // an evaluated value's attributes are read when the attribute they define is
                    for (Object key : ValuePart.keys(map)) {
                        groupOf(groups, (String) key).add(new Def(
                                new ValuePart(map, key).node(l.location()), l.location(), l.scope()));
                    }
                    continue;
                }
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    groupOf(groups, (String) e.getKey())
                            .add(new Def(new Node.Value(e.getValue(), l.location()), l.location(), l.scope()));
                }
            }
        }
        if (joined != null) {
            for (JoinedAttrs j : joined) {
                j.finish();
            }
        }
        return groups;
    }

    private static boolean hasDottedKey(List<Node.Entry> entries) {
        for (Node.Entry e : entries) {
            if (e.path().size() > 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * The list of definitions kept under a key, made on first use (not with computeIfAbsent:
     * its lambda, linked on first use, costs more than it saves in a cold JVM).
     */
    static <K> List<Def> groupOf(Map<K, List<Def>> groups, K key) {
        List<Def> group = groups.get(key);
        if (group == null) {
            group = new ArrayList<>();
            groups.put(key, group);
        }
        return group;
    }

    /**
     * {@code attrs}: a shallow merge, later definitions replacing earlier ones per attribute, as
     * NixOS's {@code //}; each attribute is merged when read. A written attribute whose
     * directives leave nothing ({@code $if} false) does not replace an earlier one.
     */
    private Object shallow(PathName path, OptionType type, List<Leaf> leaves) {
        checkAll(path, type, leaves);
        TreeMap<String, MergeCell> out = new TreeMap<>();
        for (Leaf l : leaves) {
            boolean evaluated = l.node() instanceof Node.Value; // no directives in it to discharge
            for (Map.Entry<String, List<Def>> e : group(List.of(l)).entrySet()) {
                MergeCell cell = new MergeCell(context, path.child(e.getKey()), new Anything(),
                        e.getValue(), null, e.getKey(), false);
                // (a $ref is an attribute whether or not it can be read, as in NixOS's //, which
                // takes attribute sets as written: reading it is left to reading the attribute)
                if (evaluated || isRef(e.getValue()) || cell.hasValue()) {
                    out.put(e.getKey(), cell);
                }
            }
        }
        return new LazyAttrs(out);
    }

    /** {@code anything}: attribute sets merge recursively, lists concatenate, other values must agree. */
    private Object anything(PathName path, List<Leaf> leaves) {
        int attrs = 0;
        int lists = 0;
        int stringLike = 0;
        for (Leaf l : leaves) {
            attrs += isAttrs(l.node()) ? 1 : 0;
            lists += isList(l.node()) ? 1 : 0;
            stringLike += isStringLikeSet(l.node()) ? 1 : 0;
        }
        if (stringLike > 0) {
            // a set with outPath or __toString is a package to NixOS's anything (isStringLike):
            // a kind of its own, and defined once (mergeOneOption), not merged
            if (stringLike < leaves.size()) {
                throw Messages.conflictingKinds(path.toString(), MergeCell.shown(leaves));
            }
            if (leaves.size() > 1) {
                throw Messages.notUnique(path.toString(), MergeCell.shown(leaves));
            }
        }
        if (attrs == leaves.size()) {
            return attrs(path, new AttrsOf(new Anything()), new Anything(), leaves, false, false);
        }
        if (lists == leaves.size()) {
            // as nixpkgs now: lists are not concatenated; several definitions must be equal
            // (mergeEqualOption, Nix's deep ==), and the first gives the value (older nixpkgs
            // took one only)
            Object first = anyList(path, leaves.get(0));
            for (Leaf l : leaves.subList(1, leaves.size())) {
                if (!NixEquality.equal(first, anyList(path, l))) {
                    throw Messages.conflicting(path.toString(), MergeCell.shown(leaves));
                }
            }
            return first;
        }
        if (attrs > 0 || lists > 0) {
            throw Messages.conflictingKinds(path.toString(), MergeCell.shown(leaves));
        }
        return equal(path, new Anything(), leaves);
    }

    /**
     * One definition of an {@code anything} list: an evaluated list as it is, its elements read
     * when they are, as NixOS gives a single definition's value; a written one with its
     * elements' directives discharged.
     */
    private Object anyList(PathName path, Leaf leaf) {
        if (leaf.node() instanceof Node.Value v) {
            return v.value();
        }
        ListOf type = new ListOf(new Anything());
        return list(path, type, type.element(), List.of(leaf), true, false);
    }

    /** A submodule value is a configuration of its own, evaluated lazily, per instance. */
    private Object submodule(PathName path, OptionType type, List<Leaf> leaves, String name, boolean inChoice) {
        checkAll(path, type, leaves);
        if (type instanceof Submodule) {
            // NixOS sorts a submodule's definitions as any option's, then its merge takes each
            // as {value, file} and fails on the field that sorting adds; a nested system's
            // merge reads only the value, so an order there is harmless
            List<Leaf> ordered = new ArrayList<>();
            for (Leaf l : leaves) {
                if (l.ordered()) {
                    ordered.add(l);
                }
            }
            if (!ordered.isEmpty()) {
                throw Messages.orderAroundSubmodule(path.toString(), MergeCell.shown(ordered));
            }
        }
        List<Def> defs = new ArrayList<>(leaves.size());
        for (Leaf l : leaves) {
            defs.add(l.asDef());
        }
        // a list element is named by its place, as NixOS names it; nothing else comes without a name
        String instance = name != null ? name : path.place();
        return ModuleScope.create(context, path, instance, context.shapes().of(type, path), defs, inChoice).view();
    }
}
