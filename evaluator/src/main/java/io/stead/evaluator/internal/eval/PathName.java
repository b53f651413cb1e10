package io.stead.evaluator.internal.eval;

import io.stead.api.OptionPath;

/**
 * The absolute path of something being evaluated, for messages and traces, rendered only when
 * a message needs it: evaluating ten thousand options should not build ten thousand strings.
 */
final class PathName {
    static final PathName ROOT = new PathName(null, "");

    private final PathName parent;
    // what follows the parent, kept as given and written out only in toString: an attribute
    // name (a String, quoted then), a relative OptionPath, or a list element's ListPlace
    // (profiled: quoting and joining each cell's path when it was made took a tenth of a large
    // evaluation)
    private final Object piece;
    private String text;

    private PathName(PathName parent, Object piece) {
        this.parent = parent;
        this.piece = piece;
    }

    /** @return this path followed by one attribute name (quoted as needed) */
    PathName child(String segment) {
        return new PathName(this, segment);
    }

    /** @return this path followed by a relative option path */
    PathName child(OptionPath relative) {
        return relative.isRoot() ? this : new PathName(this, relative);
    }

    /**
     * @param definition which definition of the list, from 1
     * @param entry which entry of that definition, from 1
     * @return the path of a list element, as NixOS names it: this path followed by
     *     {@code [definition 1-entry 2]}
     */
    PathName listElement(int definition, int entry) {
        return new PathName(this, new ListPlace(definition, entry));
    }

    /** @return the list element's place, {@code [definition 1-entry 2]}, if this is a list element's path */
    String place() {
        return piece instanceof ListPlace place ? place.toString() : null;
    }

    /** @return a relative path's text as seen from here, e.g. a suggestion inside a submodule */
    String under(String relative) {
        return isRoot() ? relative : this + "." + relative;
    }

    /**
     * @param segment an attribute name
     * @return the path this one extends by that attribute, or null if it does not end in it
     */
    PathName without(String segment) {
        return parent != null && piece().equals("." + OptionPath.quote(segment)) ? parent : null;
    }

    boolean isRoot() {
        return parent == null;
    }

    /** @return the path this one extends, or null for the root */
    PathName parent() {
        return parent;
    }

    /** @return the text this path adds to its parent's */
    private String piece() {
        if (piece instanceof String segment) {
            return "." + OptionPath.quote(segment);
        }
        return piece instanceof ListPlace ? piece.toString() : "." + piece;
    }

    /** Where a list element is: which definition, and which entry of it. */
    private record ListPlace(int definition, int entry) {
        @Override
        public String toString() {
            return "[definition " + definition + "-entry " + entry + "]";
        }
    }

    @Override
    public String toString() {
        if (text == null) {
            if (parent == null) {
                text = "";
            } else {
                String above = parent.toString();
                String piece = piece();
                text = above.isEmpty() && piece.startsWith(".") ? piece.substring(1) : above + piece;
            }
        }
        return text;
    }
}
