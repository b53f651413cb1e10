package io.stead.evaluator.internal.eval;

import io.stead.evaluator.internal.Show;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The value of an {@code attrsOf}/{@code lazyAttrsOf} option: names known, each value merged
 * on first read and memoised. Immutable; iterates in sorted order.
 */
final class LazyAttrs extends AbstractMap<String, Object> implements Show.LazyValue {
    private final TreeMap<String, MergeCell> cells;

    LazyAttrs(TreeMap<String, MergeCell> cells) {
        this.cells = cells;
    }

    @Override
    public Object get(Object key) {
        MergeCell cell = cells.get(key);
        return cell == null ? null : cell.value();
    }

    /** @return the attribute's merge, not forced, or null if there is no such attribute */
    MergeCell cell(String key) {
        return cells.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return cells.containsKey(key);
    }

    @Override
    public int size() {
        return cells.size();
    }

    @Override
    public Set<String> keySet() {
        return java.util.Collections.unmodifiableSet(cells.keySet());
    }

    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, Object>> iterator() {
                Iterator<Map.Entry<String, MergeCell>> it = cells.entrySet().iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return it.hasNext();
                    }

                    @Override
                    public Map.Entry<String, Object> next() {
                        return new LazyEntry(it.next());
                    }
                };
            }

            @Override
            public int size() {
                return cells.size();
            }
        };
    }

    /** An entry whose value is merged when read. */
    private record LazyEntry(Map.Entry<String, MergeCell> cell) implements Map.Entry<String, Object> {
        @Override
        public String getKey() {
            return cell.getKey();
        }

        @Override
        public Object getValue() {
            return cell.getValue().value();
        }

        @Override
        public Object setValue(Object value) {
            throw new UnsupportedOperationException("configuration values are immutable");
        }
    }
}
