package io.stead.evaluator.internal.eval;

import io.stead.evaluator.internal.model.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * The attribute sets that one module gives one name through several keys, such as the dotted
 * keys {@code ro.x: 1} and {@code ro.y: 2}, or {@code ro: {x: 1}} beside {@code ro.y: 2}. Nix's
 * parser joins them into the one attribute set {@code ro = { x = 1; y = 2; }}, and NixOS counts
 * each module's attribute set as one definition: a read-only or {@code uniq} option set that way
 * is set once. The first piece keeps its place among the name's definitions; the joined
 * definition replaces it when the module has been read.
 */
final class JoinedAttrs {
    private final Object part;
    private final List<Def> defs;
    private final int index;
    private final Node.Attrs first;
    private final List<Node> wrappers;
    private List<Node.Entry> entries; // made when a second piece comes

    /**
     * @param part the part of the module the first piece came from: pieces under different
     *     {@code $if}s, priorities or {@code $merge} parts are different definitions in NixOS too
     * @param defs the name's definitions, where the first piece was added
     * @param first the first piece
     * @param wrappers the properties met above the pieces, outermost first, put back around the
     *     joined set (the same for every piece of one part)
     */
    JoinedAttrs(Object part, List<Def> defs, Node.Attrs first, List<Node> wrappers) {
        this.part = part;
        this.defs = defs;
        this.index = defs.size();
        this.first = first;
        this.wrappers = wrappers;
    }

    /** @return whether a piece from this part of the module joins this one */
    boolean joins(Object part) {
        return this.part == part;
    }

    /**
     * @param piece another piece from the same part
     * @return whether this is the second piece (the caller then finishes this join later)
     */
    boolean add(Node.Attrs piece) {
        boolean second = entries == null;
        if (second) {
            entries = new ArrayList<>(first.entries());
        }
        entries.addAll(piece.entries());
        return second;
    }

    /** Replaces the first piece's definition by the joined one. */
    void finish() {
        Def at = defs.get(index);
        Node joined = new Node.Attrs(entries, first.location());
        defs.set(index, new Def(DefinitionCollector.rewrap(joined, wrappers), at.location(), at.scope()));
    }
}
