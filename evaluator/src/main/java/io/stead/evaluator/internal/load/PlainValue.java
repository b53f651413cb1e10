package io.stead.evaluator.internal.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A document value as a plain Java value, for examples, which are shown but never merged. */
final class PlainValue {
    private PlainValue() {
    }

    static Object of(SourceNode node) {
        if (node instanceof SourceNode.Scalar s) {
            return s.value();
        }
        if (node instanceof SourceNode.Sequence seq) {
            List<Object> out = new ArrayList<>();
            seq.items().forEach(i -> out.add(of(i)));
            return Collections.unmodifiableList(out);
        }
        Map<String, Object> out = new TreeMap<>();
        ((SourceNode.Mapping) node).fields().forEach(f -> out.put(f.key(), of(f.value())));
        return Collections.unmodifiableMap(out);
    }
}
