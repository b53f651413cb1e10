package io.stead.evaluator.internal.load;

import io.stead.evaluator.internal.Messages;
import io.stead.evaluator.internal.model.Location;
import java.util.Set;

/**
 * What a YAML tag does to a value. Jackson applies the core tags only where it agrees with them
 * ({@code !!int "5"} is 5) and drops the others silently, so {@code !!null ""} stayed a string,
 * {@code !!int abc} a string and {@code !foo bar} just "bar". Here a core tag gives its
 * type or an error, and any other tag is an error: Stead has no meaning to give it.
 */
final class YamlTags {
    private static final String CORE = "tag:yaml.org,2002:";
    /** YAML's spellings of null, which {@code !!null} takes ({@code !!null ""} included). */
    private static final Set<String> NULLS = Set.of("", "~", "null", "Null", "NULL");
    private static final Set<String> CORE_NAMES = Set.of(CORE + "str", CORE + "int", CORE + "float", CORE + "bool",
            CORE + "null", CORE + "map", CORE + "seq");
    static final String KNOWN = "Stead reads !!str, !!int, !!float, !!bool, !!null, !!map and !!seq";

    private YamlTags() {
    }

    /**
     * @param tag the node's tag, or null
     * @param node the node as Jackson read it
     * @param text for a single value, its text as written
     * @return the node the tag makes of it
     * @throws io.stead.evaluator.internal.EvalError for a tag that does not fit or is not known
     */
    static SourceNode apply(String tag, SourceNode node, String text) {
        if (tag == null) {
            return node;
        }
        Location at = node.location();
        String name = tag.startsWith(CORE) ? tag.substring(CORE.length()) : null;
        if (tag.equals("!")) {
            // YAML's non-specific tag: a single value is a string, whatever it looks like
            return node instanceof SourceNode.Scalar ? new SourceNode.Scalar(text, at) : node;
        }
        if (name == null) {
            throw unknown(tag, at);
        }
        switch (name) {
            case "map":
                return fits(node instanceof SourceNode.Mapping, name, node, text);
            case "seq":
                return fits(node instanceof SourceNode.Sequence, name, node, text);
            case "str":
                return node instanceof SourceNode.Scalar ? new SourceNode.Scalar(text, at) : fits(false, name, node, text);
            case "int":
                return fits(value(node) instanceof Long, name, node, text);
            case "float":
                return fits(value(node) instanceof Double, name, node, text);
            case "bool":
                return fits(value(node) instanceof Boolean, name, node, text);
            case "null":
                fits(node instanceof SourceNode.Scalar && NULLS.contains(text), name, node, text);
                return new SourceNode.Scalar(null, at);
            default:
                throw unknown(tag, at);
        }
    }

    /**
     * Checked before the value is read: Jackson reads some tags' values into Java objects
     * ({@code !!binary} into bytes) that have no place in a configuration.
     *
     * @param tag a node's tag, or null
     * @param at where the node is
     * @throws io.stead.evaluator.internal.EvalError if Stead has no meaning for the tag
     */
    static void checkKnown(String tag, Location at) {
        if (tag != null && !tag.equals("!") && !CORE_NAMES.contains(tag)) {
            throw unknown(tag, at);
        }
    }

    private static Object value(SourceNode node) {
        return node instanceof SourceNode.Scalar s ? s.value() : node;
    }

    private static SourceNode fits(boolean fits, String name, SourceNode node, String text) {
        if (fits) {
            return node;
        }
        String what = switch (name) {
            case "int" -> "an integer";
            case "float" -> "a number";
            case "bool" -> "a boolean";
            case "null" -> "null";
            case "map" -> "an attribute set";
            case "seq" -> "a list";
            default -> "a string";
        };
        throw Messages.loadError(node.location(), "is tagged !!" + name + ", but "
                + (node instanceof SourceNode.Scalar ? (text.isEmpty() ? "the empty value" : text.isBlank() ? "\"" + text + "\"" : text) + " is not " + what
                        : "its value is " + SourceNode.kind(node)));
    }

    private static RuntimeException unknown(String tag, Location at) {
        String shown = tag.startsWith(CORE) ? "!!" + tag.substring(CORE.length()) : tag;
        return Messages.loadError(at, "has the YAML tag '" + shown + "', which Stead does not read; " + KNOWN);
    }
}
