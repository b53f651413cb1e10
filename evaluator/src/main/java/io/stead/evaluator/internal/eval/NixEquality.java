package io.stead.evaluator.internal.eval;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Nix's {@code ==} on evaluated values, as NixOS's mergeEqualOption uses it: numbers compare by
 * value, integers and floats alike ({@code 1 == 1.0}, {@code -0.0 == 0.0}); lists element by
 * element and attribute sets attribute by attribute, deeply; anything else by equals.
 */
final class NixEquality {
    private NixEquality() {
    }

    static boolean equal(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y && (a instanceof Double || b instanceof Double)) {
            return x.doubleValue() == y.doubleValue();
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            Iterator<?> i = x.iterator();
            Iterator<?> j = y.iterator();
            while (i.hasNext()) {
                if (!equal(i.next(), j.next())) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            if (!x.keySet().equals(y.keySet())) {
                return false;
            }
            for (Map.Entry<?, ?> e : x.entrySet()) {
                if (!equal(e.getValue(), y.get(e.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        return Objects.equals(a, b);
    }
}
