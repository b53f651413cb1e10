package io.stead.evaluator.internal.eval;

import io.stead.evaluator.internal.model.Location;
import io.stead.evaluator.internal.model.Node;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One attribute or element of an evaluated value, read on demand: what a {@code Node.Lazy}
 * stands for when a value reached by a {@code $ref} is split into the definitions of its parts.
 * (A class, not a lambda: a cold JVM links lambdas slowly.)
 *
 * @param container the value: a map or a list
 * @param key the attribute's name, or the element's index
 */
record ValuePart(Object container, Object key) implements Supplier<Object> {
    @Override
    public Object get() {
        return container instanceof Map<?, ?> map ? map.get(key) : ((List<?>) container).get((Integer) key);
    }

    /**
     * @param value an evaluated attribute set
     * @return the names of its attributes, read without their values: a submodule's every option
     */
    static Iterable<?> keys(Map<?, ?> value) {
        return value instanceof GroupView view ? view.names() : value.keySet();
    }

    /** @return the node standing for this part */
    Node.Lazy node(Location at) {
        return new Node.Lazy(this, at);
    }
}
