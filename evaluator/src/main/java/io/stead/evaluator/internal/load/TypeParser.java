package io.stead.evaluator.internal.load;

import io.stead.api.OptionPath;
import io.stead.api.OptionType;
import io.stead.api.Types;
import io.stead.evaluator.internal.Messages;
import io.stead.evaluator.internal.decl.EditDistance;
import io.stead.evaluator.internal.decl.FileSubmodule;
import io.stead.evaluator.internal.decl.ModuleData;
import io.stead.evaluator.internal.model.Location;
import io.stead.evaluator.internal.model.Node;
import io.stead.api.Submodule;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.PatternSyntaxException;

/**
 * Reads type expressions of {@code options:} blocks: strings such as
 * {@code attrsOf (listOf str)} and objects such as {@code {"enum": ["a", "b"]}} or
 * {@code {"submodule": {"options": {...}}}}.
 */
final class TypeParser {
    // Names and switches, not maps of method references: each reference is an invokedynamic
    // call site that a cold JVM links on first use, which cost 5 ms of every run (profiled)
    private static final List<String> ATOMS = List.of("anything", "attrs", "bool", "commas", "float", "int",
            "lines", "package", "path", "port", "positiveInt", "str", "unsignedInt");
    private static final List<String> WRAPPERS = List.of("attrsOf", "lazyAttrsOf", "listOf", "nullOr", "uniq");

    private final SubmoduleReader submoduleReader;

    /** Reads a file submodule's {@code {options, config}} body. */
    interface SubmoduleReader {
        /**
         * @param option the option whose type the submodule is, as messages name it
         * @param body the body
         * @return the submodule's module
         */
        ModuleData read(OptionPath option, SourceNode.Mapping body);
    }

    /** @param submoduleReader reads a submodule's {options, config} body */
    TypeParser(SubmoduleReader submoduleReader) {
        this.submoduleReader = submoduleReader;
    }

    /**
     * @param node a candidate
     * @return whether it has the shape of a type expression
     */
    static boolean looksLikeType(SourceNode node) {
        if (node instanceof SourceNode.Scalar s) {
            return s.value() instanceof String;
        }
        return node instanceof SourceNode.Mapping m && m.fields().size() == 1
                && TYPE_OBJECT_KEYS.contains(m.fields().get(0).key());
    }

    /**
     * @param option the option declared with this type, which every message names
     * @param node the type expression
     * @return the type
     */
    OptionType parse(OptionPath option, SourceNode node) {
        return parse(option, node, 0);
    }

    /** The longest strMatching pattern a file may declare. */
    private static final int MAX_PATTERN = 10_000;

    /** How deep types may nest: far more than any real type, and little enough for the stack. */
    private static final int MAX_DEPTH = 100;

    private OptionType parse(OptionPath option, SourceNode node, int depth) {
        if (depth > MAX_DEPTH) {
            throw error(option, node.location(), "types nest more than " + MAX_DEPTH + " deep");
        }
        if (node instanceof SourceNode.Scalar s && s.value() instanceof String text) {
            Tokens tokens = new Tokens(text, option, s.location());
            tokens.depth = depth;
            OptionType type = expression(tokens);
            if (tokens.hasMore()) {
                throw tokens.error("unexpected '" + tokens.peek() + "'");
            }
            return type;
        }
        if (!(node instanceof SourceNode.Mapping m) || m.fields().size() != 1) {
            throw error(option, node.location(), "a type is a string such as \"listOf str\" or an"
                    + " object with one key (enum, either, oneOf, intsBetween, strMatching, submodule,"
                    + " listOf, attrsOf, lazyAttrsOf, nullOr, uniq)");
        }
        SourceNode.Field f = m.fields().get(0);
        SourceNode v = f.value();
        if (WRAPPERS.contains(f.key())) {
            return wrap(f.key(), parse(option, v, depth + 1));
        }
        switch (f.key()) {
            case "enum":
                return Types.enumOf(scalars(option, f).toArray());
            case "either": {
                List<SourceNode> items = list(option, f);
                if (items.size() != 2) {
                    throw error(option, f.keyLocation(), "'either' takes a list of two types");
                }
                return Types.either(parse(option, items.get(0), depth + 1),
                        parse(option, items.get(1), depth + 1));
            }
            case "oneOf": {
                List<OptionType> types = new ArrayList<>();
                for (SourceNode item : list(option, f)) {
                    types.add(parse(option, item, depth + 1));
                }
                if (types.isEmpty()) {
                    throw error(option, f.keyLocation(), "'oneOf' needs at least one type");
                }
                return Types.oneOf(types.toArray(OptionType[]::new));
            }
            case "intsBetween": {
                List<Object> bounds = scalars(option, f);
                if (bounds.size() != 2 || !(bounds.get(0) instanceof Long lo) || !(bounds.get(1) instanceof Long hi)
                        || lo > hi) {
                    throw error(option, f.keyLocation(), "'intsBetween' takes [lowest, highest], two integers,"
                            + " the lowest first");
                }
                return Types.intsBetween(lo, hi);
            }
            case "strMatching": {
                if (!(v instanceof SourceNode.Scalar s) || !(s.value() instanceof String regex)) {
                    throw error(option, f.keyLocation(), "'strMatching' takes a regular expression string");
                }
                if (regex.length() > MAX_PATTERN) {
                    // Java compiles a long pattern in time that grows faster than its length (160,000
                    // characters: over a minute), and no real pattern comes near this
                    throw error(option, f.keyLocation(), "'strMatching' takes a pattern of at most " + MAX_PATTERN
                            + " characters, not " + regex.length());
                }
                try {
                    return Types.strMatching(regex);
                } catch (PatternSyntaxException e) {
                    throw error(option, f.keyLocation(), "'strMatching' has an invalid regular expression: "
                            + e.getDescription());
                }
            }
            case "submodule": {
                if (!(v instanceof SourceNode.Mapping body)) {
                    throw error(option, f.keyLocation(), "'submodule' takes {\"options\": {...}}");
                }
                return new Submodule(List.of(new FileSubmodule(submoduleReader.read(option, body))));
            }
            default: {
                String closest = closestTypeKey(f.key());
                throw error(option, f.keyLocation(), "'" + f.key() + "' is no type"
                        + (closest == null ? "" : "; did you mean '" + closest + "'?")
                        + " (a type object has one key: " + String.join(", ", TYPE_OBJECT_KEYS) + ")");
            }
        }
    }

    /** The keys of a type written as an object, sorted. */
    static final List<String> TYPE_OBJECT_KEYS = List.of("attrsOf", "either", "enum", "intsBetween", "lazyAttrsOf",
            "listOf", "nullOr", "oneOf", "strMatching", "submodule", "uniq");

    /**
     * @param key a key of an object written as a type
     * @return whether it is a type key written in another case ({@code Submodule})
     */
    static boolean isTypeKeyButForCase(String key) {
        return typeKeyButForCase(key) != null;
    }

    /** @return the type key the key is but for its case, or null */
    private static String typeKeyButForCase(String key) {
        for (String k : TYPE_OBJECT_KEYS) {
            if (k.equalsIgnoreCase(key)) {
                return k;
            }
        }
        return null;
    }

    /**
     * @param key a key of an object written as a type
     * @return the type key it is likely a misspelling of (case aside, within two edits), or null
     */
    static String closestTypeKey(String key) {
        String sameButCase = typeKeyButForCase(key);
        return sameButCase != null ? sameButCase : EditDistance.closest(key, TYPE_OBJECT_KEYS, 2);
    }

    private static RuntimeException error(OptionPath option, Location at, String why) {
        return Messages.loadError(at, "the type of '" + option + "' cannot be read: " + why);
    }

    private static List<SourceNode> list(OptionPath option, SourceNode.Field f) {
        if (!(f.value() instanceof SourceNode.Sequence seq)) {
            throw error(option, f.keyLocation(), "'" + f.key() + "' takes a list");
        }
        return seq.items();
    }

    private static List<Object> scalars(OptionPath option, SourceNode.Field f) {
        List<Object> out = new ArrayList<>();
        for (SourceNode item : list(option, f)) {
            if (!(item instanceof SourceNode.Scalar s)) {
                throw error(option, item.location(), "'" + f.key() + "' takes a list of plain values");
            }
            if (s.value() == null) {
                throw error(option, item.location(), "'" + f.key() + "' takes strings, numbers and booleans,"
                        + " not null; to allow null, wrap the type: {nullOr: {" + f.key() + ": [...]}}");
            }
            out.add(s.value());
        }
        return out;
    }

    private OptionType expression(Tokens tokens) {
        if (!tokens.hasMore()) {
            throw tokens.error("a type is missing");
        }
        if (++tokens.depth > MAX_DEPTH) {
            throw tokens.error("types nest more than " + MAX_DEPTH + " deep");
        }
        String t = tokens.next();
        if (t.equals(")")) {
            throw tokens.error("a type is missing before ')'");
        }
        if (t.equals("(")) {
            OptionType inner = expression(tokens);
            if (!tokens.hasMore() || !tokens.next().equals(")")) {
                throw tokens.error("a ')' is missing");
            }
            return inner;
        }
        String name = t.startsWith("types.") ? t.substring(6) : t;
        if (WRAPPERS.contains(name)) {
            return wrap(name, expression(tokens));
        }
        if (!ATOMS.contains(name)) {
            String object = objectForm(name);
            if (object != null) {
                throw tokens.error("'" + name + "' is written as an object: " + object);
            }
            // a misspelling gets the one name it most likely meant, anything else every name
            List<String> names = new ArrayList<>(ATOMS);
            names.addAll(WRAPPERS);
            String closest = EditDistance.closest(name, names, 2);
            throw tokens.error("unknown type '" + t + "'" + (closest != null ? "; did you mean '" + closest + "'?"
                    : "; the types are " + String.join(", ", ATOMS) + ", and " + String.join(", ", WRAPPERS)
                    + " applied to a type"));
        }
        return atom(name);
    }

    /**
     * The object that writes a type taking more than a type, which a NixOS user may write in a
     * string as Nix does ({@code either int str}).
     *
     * @return the object form, or null if the name is none of them
     */
    private static String objectForm(String name) {
        return switch (name) {
            case "enum" -> "{\"enum\": [V1, V2, ...]}";
            case "either" -> "{\"either\": [T1, T2]}";
            case "oneOf" -> "{\"oneOf\": [T1, T2, ...]}";
            case "intsBetween", "ints.between" -> "{\"intsBetween\": [LOWEST, HIGHEST]}";
            case "strMatching" -> "{\"strMatching\": \"REGEX\"}";
            case "submodule" -> "{\"submodule\": {\"options\": {...}}}";
            default -> null;
        };
    }

    /** @param name one of {@link #ATOMS} */
    private static OptionType atom(String name) {
        return switch (name) {
            case "anything" -> Types.anything();
            case "attrs" -> Types.attrs();
            case "bool" -> Types.bool();
            case "commas" -> Types.commas();
            case "float" -> Types.floatNumber();
            case "int" -> Types.integer();
            case "lines" -> Types.lines();
            case "package" -> Types.pkg();
            case "path" -> Types.path();
            case "port" -> Types.port();
            case "positiveInt" -> Types.positiveInt();
            case "str" -> Types.str();
            case "unsignedInt" -> Types.unsignedInt();
            default -> throw new IllegalArgumentException("no type " + name);
        };
    }

    /** @param name one of {@link #WRAPPERS} */
    private static OptionType wrap(String name, OptionType inner) {
        return switch (name) {
            case "attrsOf" -> Types.attrsOf(inner);
            case "lazyAttrsOf" -> Types.lazyAttrsOf(inner);
            case "listOf" -> Types.listOf(inner);
            case "nullOr" -> Types.nullOr(inner);
            case "uniq" -> Types.uniq(inner);
            default -> throw new IllegalArgumentException("no type " + name);
        };
    }

    private static final class Tokens {
        private final List<String> items = new ArrayList<>();
        private final String text;
        private final OptionPath option;
        private final Location at;
        private int next;
        /** How deep the expression being read is, counting the types around it. */
        private int depth;

        Tokens(String text, OptionPath option, Location at) {
            this.text = text;
            this.option = option;
            this.at = at;
            for (String piece : text.replace("(", " ( ").replace(")", " ) ").trim().split("\\s+")) {
                if (!piece.isEmpty()) {
                    items.add(piece);
                }
            }
        }

        boolean hasMore() {
            return next < items.size();
        }

        String peek() {
            return items.get(next);
        }

        String next() {
            return items.get(next++);
        }

        RuntimeException error(String why) {
            // (a long type is shown by its start: the line and column say where it is)
            String shown = text.length() <= 80 ? text : text.substring(0, 77) + "...";
            return Messages.loadError(at, "the type \"" + shown + "\" of '" + option + "' cannot be read: " + why);
        }
    }

}
