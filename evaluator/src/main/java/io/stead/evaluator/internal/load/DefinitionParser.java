package io.stead.evaluator.internal.load;

import io.stead.api.OptionPath;
import io.stead.api.Order;
import io.stead.api.Priority;
import io.stead.evaluator.internal.EvalError;
import io.stead.evaluator.internal.Messages;
import io.stead.evaluator.internal.decl.EditDistance;
import io.stead.evaluator.internal.model.Condition;
import io.stead.evaluator.internal.model.DollarEscape;
import io.stead.evaluator.internal.model.Location;
import io.stead.evaluator.internal.model.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a document's values into definitions: objects whose first key starts with {@code $} are
 * directives ({@code $if}, {@code $merge}, {@code $default}, ...), other objects are attribute
 * sets whose keys are attribute paths, and {@code $$} escapes a literal {@code $}.
 *
 * <p>A definition is located at the key that introduces it (or at the list item), and the
 * directives around a value share that location, so a message points at the line where the
 * user wrote the option's name.
 */
public final class DefinitionParser {
    private static final Set<String> DIRECTIVES = Set.of("$default", "$force", "$override", "$if",
            "$merge", "$before", "$after", "$order", "$ref");

    /** Keys repeat (every entry has its enable, port, ...): each is read into a path once. */
    private final Map<String, OptionPath> paths = new HashMap<>();

    /**
     * @param source a value
     * @param at where the definition is considered to be written
     * @return the definition
     */
    public Node parse(SourceNode source, Location at) {
        if (source instanceof SourceNode.Scalar s) {
            return new Node.Scalar(s.value(), at);
        }
        // (indexed loops: the C1 compiler does not remove an iterator's allocation, see Discharger.select)
        if (source instanceof SourceNode.Sequence seq) {
            List<SourceNode> sourceItems = seq.items();
            List<Node> items = new ArrayList<>(sourceItems.size());
            for (int i = 0; i < sourceItems.size(); i++) {
                SourceNode item = sourceItems.get(i);
                try {
                    items.add(parse(item, item.location()));
                } catch (EvalError e) {
                    throw e.inListElement();
                }
            }
            return new Node.ListNode(items, at);
        }
        SourceNode.Mapping map = (SourceNode.Mapping) source;
        List<SourceNode.Field> fields = map.fields();
        if (!fields.isEmpty() && isDirective(fields.get(0).key())) {
            return directive(map, at);
        }
        List<Node.Entry> entries = new ArrayList<>(fields.size());
        for (int i = 0; i < fields.size(); i++) {
            SourceNode.Field f = fields.get(i);
            checkNotADirective(f);
            OptionPath key = key(f);
            Node value;
            try {
                value = parse(f.value(), f.keyLocation());
            } catch (EvalError e) {
                throw e.under(key); // (the message names the option path it is in: see parseDefinition)
            }
            entries.add(new Node.Entry(key, value));
        }
        return new Node.Attrs(entries, at);
    }

    /**
     * Like {@link #parse}, for a definition whose option path is known: a problem in it is
     * said with the option path it is in ("in the definition of 'a.b'").
     *
     * @param source a value
     * @param at where the definition is considered to be written
     * @param path the option path it defines, relative to the module's root
     * @return the definition
     */
    public Node parseDefinition(SourceNode source, Location at, OptionPath path) {
        try {
            return parse(source, at);
        } catch (EvalError e) {
            throw e.named(path);
        }
    }

    /**
     * A key that starts with one {@code $} is a directive, which only the first key of an
     * object can be.
     *
     * @param f a field that is not the first of its object
     * @throws io.stead.evaluator.internal.EvalError if its key starts with one {@code $}
     */
    static void checkNotADirective(SourceNode.Field f) {
        if (isDirective(f.key())) {
            throw Messages.loadError(f.keyLocation(), "the key '" + f.key() + "' starts with '$'"
                    + " but is not the first key of its object, so it is not a directive;"
                    + " write '$" + f.key() + "' for a literal key");
        }
    }

    static boolean isDirective(String key) {
        return key.startsWith("$") && !key.startsWith("$$");
    }

    /**
     * @param field a field of an attribute set
     * @return the attribute path its key denotes
     */
    OptionPath key(SourceNode.Field field) {
        OptionPath known = paths.get(field.key());
        if (known == null) {
            known = path(field.key(), field.keyLocation());
            paths.put(field.key(), known);
        }
        return known;
    }

    /**
     * @param key a key as written
     * @param at where
     * @return the attribute path it denotes
     */
    public static OptionPath path(String key, Location at) {
        if (key.isEmpty()) {
            throw Messages.loadError(at, "has an empty key; an attribute named by the empty string is written"
                    + " '\"\"'");
        }
        return read(key, at, false);
    }

    /** @param ofRef whether the text is a $ref's path, not a key, for the message */
    private static OptionPath read(String text, Location at, boolean ofRef) {
        OptionPath parsed;
        try {
            parsed = OptionPath.parse(text);
        } catch (IllegalArgumentException e) {
            throw Messages.loadError(at, (ofRef ? "the path '" + text + "' of '$ref'" : "the key '" + text + "'")
                    + " is not an attribute path: " + e.getMessage());
        }
        return text.indexOf("$$") < 0 ? parsed : DollarEscape.unescape(parsed);
    }

    private Node directive(SourceNode.Mapping map, Location at) {
        SourceNode.Field head = map.fields().get(0);
        String name = head.key();
        Location where = head.keyLocation();
        if (!DIRECTIVES.contains(name)) {
            // sorted, so that a tie gives the same answer on every run; case aside, as '$Force'
            // can only mean '$force'; within fewer edits for a short name, which is near every
            // other short name
            List<String> sorted = DIRECTIVES.stream().sorted().toList();
            String closest = EditDistance.closest(name.toLowerCase(Locale.ROOT), sorted,
                    Math.min(2, (name.length() - 1) / 2));
            throw Messages.loadError(where, "unknown directive '" + name + "'; "
                    + (closest == null ? "the directives are " + String.join(", ", sorted)
                    : "did you mean '" + closest + "'?")
                    + " (write '$" + name + "' for a literal key)");
        }
        switch (name) {
            case "$default":
                only(map, Set.of());
                return new Node.Prio(Priority.DEFAULT, parse(head.value(), at), at);
            case "$force":
                only(map, Set.of());
                return new Node.Prio(Priority.FORCE, parse(head.value(), at), at);
            case "$before":
                only(map, Set.of());
                return new Node.Ordered(Order.BEFORE, parse(head.value(), at), at);
            case "$after":
                only(map, Set.of());
                return new Node.Ordered(Order.AFTER, parse(head.value(), at), at);
            case "$override":
                only(map, Set.of("value"));
                return new Node.Prio(integer(head), parse(required(map, "value"), at), at);
            case "$order":
                only(map, Set.of("value"));
                return new Node.Ordered(integer(head), parse(required(map, "value"), at), at);
            case "$if":
                only(map, Set.of("then"));
                return new Node.When(conditions(head), parse(required(map, "then"), at), at);
            case "$merge": {
                only(map, Set.of());
                if (!(head.value() instanceof SourceNode.Sequence seq)) {
                    throw Messages.loadError(where, "'$merge' takes a list of definitions, not "
                            + SourceNode.kind(head.value()));
                }
                List<Node> parts = new ArrayList<>();
                for (SourceNode item : seq.items()) {
                    parts.add(parse(item, item.location()));
                }
                return new Node.Merge(parts, at);
            }
            default: { // $ref
                only(map, Set.of());
                if (!(head.value() instanceof SourceNode.Scalar s) || !(s.value() instanceof String p) || p.isBlank()) {
                    throw Messages.loadError(where, "'$ref' takes an attribute path as a string");
                }
                return new Node.Ref(read(p, where, true), at);
            }
        }
    }

    private static void only(SourceNode.Mapping map, Set<String> allowed) {
        String name = map.fields().get(0).key();
        for (int i = 1; i < map.fields().size(); i++) {
            SourceNode.Field f = map.fields().get(i);
            if (!allowed.contains(f.key())) {
                throw Messages.loadError(f.keyLocation(), "'" + name + "' takes "
                        + (allowed.isEmpty() ? "no other key" : "only the key '" + allowed.iterator().next() + "'")
                        + " beside it, not '" + f.key() + "'"
                        + ("$if".equals(name) && "else".equals(f.key()) ? noElse(map.fields().get(0).value()) : ""));
            }
        }
    }

    /** How to write what an 'else' beside a '$if' would mean: a second '$if', negated. */
    private static String noElse(SourceNode condition) {
        if (!(condition instanceof SourceNode.Scalar s) || !(s.value() instanceof String text) || text.isBlank()) {
            // the negation of several conditions (all must hold) is no one condition
            return "; '$if' has no else: write a second '$if' for the opposite case";
        }
        String negated = text.startsWith("!") ? text.substring(1).strip() : "\"!" + text + "\"";
        String written = text.startsWith("!") ? "\"" + text + "\"" : text;
        return "; for an else, write a second '$if' with the negated condition: {$merge: [{$if: " + written
                + ", then: ...}, {$if: " + negated + ", then: ...}]}";
    }

    private static SourceNode required(SourceNode.Mapping map, String key) {
        // single: a second 'then' or 'value' would otherwise be dropped without a word
        SourceNode.Field f = map.single(key);
        if (f == null) {
            SourceNode.Field head = map.fields().get(0);
            throw Messages.loadError(head.keyLocation(), "'" + head.key() + "' needs the key '" + key + "'");
        }
        return f.value();
    }

    private static int integer(SourceNode.Field head) {
        if (head.value() instanceof SourceNode.Scalar s && s.value() instanceof Long n) {
            if (n >= Integer.MIN_VALUE && n <= Integer.MAX_VALUE) {
                return n.intValue();
            }
            throw Messages.loadError(head.keyLocation(), "'" + head.key() + "' takes an integer from "
                    + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE + ", not " + n);
        }
        throw Messages.loadError(head.keyLocation(), "'" + head.key() + "' takes an integer, not "
                + SourceNode.kind(head.value()));
    }

    private static List<Condition> conditions(SourceNode.Field head) {
        List<SourceNode> items = head.value() instanceof SourceNode.Sequence seq ? seq.items() : List.of(head.value());
        List<Condition> out = new ArrayList<>();
        for (SourceNode item : items) {
            if (!(item instanceof SourceNode.Scalar s) || !(s.value() instanceof String text)) {
                throw Messages.loadError(head.keyLocation(), "'$if' takes the path of a boolean option"
                        + " (or '!path', or a list of those), not " + SourceNode.kind(item));
            }
            Condition condition;
            try {
                condition = Condition.parse(text);
            } catch (IllegalArgumentException e) {
                throw Messages.loadError(item.location(), "the condition '" + text + "' is not an attribute path: "
                        + e.getMessage());
            }
            if (text.indexOf("$$") >= 0) {
                condition = new Condition(DollarEscape.unescape(condition.path()), condition.negated());
            }
            if (condition.path().isRoot()) {
                throw Messages.loadError(item.location(), "the condition '" + text + "' names no option");
            }
            out.add(condition);
        }
        if (out.isEmpty()) {
            throw Messages.loadError(head.keyLocation(), "'$if' needs at least one condition");
        }
        return out;
    }
}
