package io.stead.evaluator.internal.load;

import io.stead.evaluator.internal.Messages;
import io.stead.evaluator.internal.model.Location;
import java.util.List;

/**
 * A JSON/YAML document as read, before any meaning is given to it: scalars, lists and objects,
 * each with its location. Objects keep duplicate keys and key order.
 */
public sealed interface SourceNode {

    /** @return where the value starts */
    Location location();

    /**
     * @param value Boolean, Long, Double, String or null
     * @param location where written
     */
    record Scalar(Object value, Location location) implements SourceNode {
    }

    /**
     * @param items elements
     * @param location where written
     */
    record Sequence(List<SourceNode> items, Location location) implements SourceNode {
    }

    /**
     * @param fields fields in document order
     * @param location where written
     */
    record Mapping(List<Field> fields, Location location) implements SourceNode {
        /**
         * @param key a key
         * @return the first field with that key, or null
         */
        public Field field(String key) {
            for (Field f : fields) {
                if (f.key().equals(key)) {
                    return f;
                }
            }
            return null;
        }

        /**
         * For keys that are not definitions ({@code config}, a declaration's {@code type}, ...),
         * where a second one would silently replace the first.
         *
         * @param key a key
         * @return the field with that key, or null
         * @throws io.stead.evaluator.internal.EvalError if the key is given twice
         */
        public Field single(String key) {
            Field found = null;
            for (Field f : fields) {
                if (f.key().equals(key)) {
                    if (found != null) {
                        throw Messages.loadError(f.keyLocation(), "gives '" + key + "' a second time (first on line "
                                + found.keyLocation().line() + "); give it once");
                    }
                    found = f;
                }
            }
            return found;
        }
    }

    /**
     * One key and value of a mapping.
     *
     * @param key the key text
     * @param value the value
     * @param keyLocation where the key is written
     */
    record Field(String key, SourceNode value, Location keyLocation) {
    }

    /**
     * @param node a node
     * @return a short word for its kind, for messages
     */
    static String kind(SourceNode node) {
        if (node instanceof Mapping) {
            return "an attribute set";
        }
        if (node instanceof Sequence) {
            return "a list";
        }
        Object v = ((Scalar) node).value();
        if (v == null) {
            return "null";
        }
        if (v instanceof String) {
            return "a string";
        }
        if (v instanceof Boolean) {
            return "a boolean";
        }
        return "a number";
    }
}
