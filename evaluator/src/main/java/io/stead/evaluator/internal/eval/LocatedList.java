package io.stead.evaluator.internal.eval;

import io.stead.evaluator.internal.model.Location;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * A merged list's value: each element is merged when first read and memoised. It also knows
 * where each element was defined, for messages about one element (a failed assertion names its
 * own file and line). To everything else it is an unmodifiable list of its elements.
 */
public final class LocatedList extends AbstractList<Object> implements RandomAccess {
    private final List<MergeCell> elements;
    private final List<Location> sites;

    /**
     * @param elements the elements' merges, in order (a value may be null)
     * @param sites where each was defined, in the same order
     */
    LocatedList(List<MergeCell> elements, List<Location> sites) {
        if (elements.size() != sites.size()) {
            throw new IllegalArgumentException("one site per element");
        }
        this.elements = elements;
        this.sites = sites;
    }

    @Override
    public Object get(int index) {
        return elements.get(index).value();
    }

    @Override
    public int size() {
        return elements.size();
    }

    /**
     * @param index an element's index
     * @return where that element was defined
     */
    public Location siteOf(int index) {
        return sites.get(index);
    }
}
