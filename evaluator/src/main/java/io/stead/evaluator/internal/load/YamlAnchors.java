package io.stead.evaluator.internal.load;

import io.stead.evaluator.internal.Messages;
import io.stead.evaluator.internal.model.Location;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The anchors of one YAML document, and how many values its aliases stand for. An alias shares
 * its node, so reading costs nothing, but the definitions made of the document copy each use:
 * nine lines of nested aliases (a "billion laughs") stand for a billion values, which ran for
 * minutes and then out of memory. Past {@link #LIMIT} values brought by aliases the file is
 * refused at the alias that goes beyond, as SnakeYAML refuses such a document when it builds
 * one itself.
 */
final class YamlAnchors {
    /** The most values all of a document's aliases may stand for, nested aliases counted. */
    static final long LIMIT = 1_000_000;

    private final Map<String, SourceNode> byName = new HashMap<>();
    /** Of each anchored node, how many values it stands for, its own aliases expanded. */
    private final Map<SourceNode, Long> sizes = new IdentityHashMap<>();
    /** Values read or brought by aliases so far: a node's size is the difference across it. */
    private long values;
    private long aliased;

    /** @return a mark to give {@link #define} when the value it anchors has been read */
    long mark() {
        return values;
    }

    /** Counts one value written out in the document. */
    void read() {
        values++;
    }

    /**
     * @param name the anchor's name
     * @param node the value it marks
     * @param mark what {@link #mark} said before the value was read
     */
    void define(String name, SourceNode node, long mark) {
        byName.put(name, node);
        sizes.put(node, values - mark);
    }

    /**
     * @param name the alias's anchor name
     * @param at where the alias is written
     * @return the node the anchor marks
     * @throws io.stead.evaluator.internal.EvalError if no anchor of that name came before, or if
     *     the document's aliases now stand for more than {@link #LIMIT} values
     */
    SourceNode alias(String name, Location at) {
        SourceNode target = byName.get(name);
        if (target == null) {
            throw Messages.loadError(at, "refers to the anchor '&" + name + "', which is not defined before it");
        }
        long size = sizes.get(target);
        values += size;
        aliased += size;
        if (aliased > LIMIT) {
            throw Messages.loadError(at, "has aliases that stand for more than " + LIMIT + " values in all, more"
                    + " than Stead expands in one file (does an anchor's value use aliases of its own?)");
        }
        return target;
    }
}
