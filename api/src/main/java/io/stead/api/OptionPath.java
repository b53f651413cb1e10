package io.stead.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An attribute path such as {@code services.openssh.ports} or
 * {@code systemd.units."foo.service".text}: a list of segments.
 *
 * <p>In text, segments are separated by {@code .}; a segment that is empty or contains {@code .},
 * a double quote or a control character is written in double quotes, with {@code \"} for a
 * quote inside, {@code \\} for a backslash and, as in JSON, {@code \n}, {@code \t},
 * {@code \r} or {@code \u0007} for a control character (shown raw in a message, a newline would
 * break the path's line). Paths are immutable values; {@link #toString()} gives the text form
 * and {@link #parse(String)} reads it.
 *
 * @param segments the path's segments, never null, possibly empty for the root
 */
public record OptionPath(List<String> segments) implements Comparable<OptionPath> {

    /** The empty path: the root of a configuration. */
    public static final OptionPath ROOT = new OptionPath(List.of());

    /**
     * Creates a path from its segments.
     *
     * @param segments the segments; copied
     */
    public OptionPath {
        segments = List.copyOf(segments);
    }

    /**
     * Reads a path in the attribute-path syntax.
     *
     * @param text the text, such as {@code a.b."c.d"}
     * @return the path
     * @throws IllegalArgumentException if a quote is not closed or a segment is empty
     */
    public static OptionPath parse(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) {
            return ROOT;
        }
        if (text.indexOf('"') < 0) {
            return plain(text);
        }
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '\\' && i + 1 < text.length()) {
                    i = unescape(text, i + 1, current);
                } else if (c == '"') {
                    quoted = false;
                } else {
                    current.append(c);
                }
            } else if (wasQuoted && c != '.') {
                throw new IllegalArgumentException("a quoted segment must end at a '.' or at the end, in path: "
                        + text);
            } else if (c == '"') {
                if (current.length() > 0) {
                    throw new IllegalArgumentException("a quote must start a segment, in path: " + text);
                }
                quoted = true;
                wasQuoted = true;
            } else if (c == '.') {
                if (current.length() == 0 && !wasQuoted) {
                    throw new IllegalArgumentException("empty segment in path: " + text);
                }
                out.add(current.toString());
                current.setLength(0);
                wasQuoted = false;
            } else {
                current.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("unclosed quote in path: " + text);
        }
        if (current.length() == 0 && !wasQuoted) {
            throw new IllegalArgumentException("empty segment in path: " + text);
        }
        out.add(current.toString());
        return new OptionPath(out);
    }

    /**
     * Reads the escape whose letter is at {@code at}: {@code n}, {@code t}, {@code r} or
     * {@code uXXXX} as in JSON; any other character stands for itself ({@code \"}, {@code \\}).
     *
     * @return the index of the escape's last character
     */
    private static int unescape(String text, int at, StringBuilder out) {
        char c = text.charAt(at);
        switch (c) {
            case 'n' -> out.append('\n');
            case 't' -> out.append('\t');
            case 'r' -> out.append('\r');
            case 'u' -> {
                if (at + 4 < text.length() && isHex(text, at + 1, at + 5)) {
                    out.append((char) Integer.parseInt(text.substring(at + 1, at + 5), 16));
                    return at + 4;
                }
                out.append(c);
            }
            default -> out.append(c);
        }
        return at;
    }

    private static boolean isHex(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The common case, no quotes: split at dots. */
    private static OptionPath plain(String text) {
        int dots = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '.') {
                dots++;
            }
        }
        String[] out = new String[dots + 1];
        int start = 0;
        for (int k = 0; k <= dots; k++) {
            int end = k == dots ? text.length() : text.indexOf('.', start);
            if (end == start) {
                throw new IllegalArgumentException("empty segment in path: " + text);
            }
            out[k] = text.substring(start, end);
            start = end + 1;
        }
        return new OptionPath(List.of(out));
    }

    /**
     * A path of the given segments, taken literally (no parsing).
     *
     * @param segments the segments
     * @return the path
     */
    public static OptionPath of(String... segments) {
        return new OptionPath(List.of(segments));
    }

    /**
     * This path with one more segment.
     *
     * @param segment the segment, taken literally
     * @return the longer path
     */
    public OptionPath child(String segment) {
        String[] out = segments.toArray(new String[segments.size() + 1]);
        out[segments.size()] = segment;
        return new OptionPath(List.of(out));
    }

    /**
     * This path followed by another.
     *
     * @param rest the path to append
     * @return the concatenation
     */
    public OptionPath concat(OptionPath rest) {
        if (rest.segments.isEmpty()) {
            return this;
        }
        if (segments.isEmpty()) {
            return rest;
        }
        String[] out = new String[segments.size() + rest.segments.size()];
        for (int i = 0; i < segments.size(); i++) {
            out[i] = segments.get(i);
        }
        for (int i = 0; i < rest.segments.size(); i++) {
            out[segments.size() + i] = rest.segments.get(i);
        }
        return new OptionPath(List.of(out));
    }

    /** @return whether this is the root (no segments) */
    public boolean isRoot() {
        return segments.isEmpty();
    }

    /** @return the number of segments */
    public int size() {
        return segments.size();
    }

    /** @return the last segment; throws on the root */
    public String last() {
        return segments.get(segments.size() - 1);
    }

    /**
     * Whether this path starts with {@code prefix}, segment by segment.
     *
     * @param prefix the candidate prefix
     * @return true if every segment of {@code prefix} matches
     */
    public boolean startsWith(OptionPath prefix) {
        return prefix.size() <= size() && segments.subList(0, prefix.size()).equals(prefix.segments);
    }

    /**
     * The segments from {@code from} on.
     *
     * @param from the first segment to keep
     * @return the suffix
     */
    public OptionPath drop(int from) {
        if (from == 0) {
            return this;
        }
        return from == segments.size() ? ROOT : new OptionPath(segments.subList(from, segments.size()));
    }

    /**
     * The first {@code count} segments.
     *
     * @param count how many segments to keep
     * @return the prefix
     */
    public OptionPath take(int count) {
        return new OptionPath(segments.subList(0, count));
    }

    /**
     * Writes one segment in the attribute-path syntax, quoting it when needed.
     *
     * @param segment the segment
     * @return the segment as it would appear in a path
     */
    public static String quote(String segment) {
        if (!segment.isEmpty() && segment.indexOf('.') < 0 && segment.indexOf('"') < 0 && !hasControl(segment)) {
            return segment;
        }
        StringBuilder out = new StringBuilder(segment.length() + 2).append('"');
        for (int i = 0; i < segment.length(); i++) {
            Escapes.appendQuoted(out, segment.charAt(i));
        }
        return out.append('"').toString();
    }

    private static boolean hasControl(String segment) {
        for (int i = 0; i < segment.length(); i++) {
            if (Escapes.isInvisible(segment.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (String s : segments) {
            if (out.length() > 0) {
                out.append('.');
            }
            out.append(quote(s));
        }
        return out.toString();
    }

    @Override
    public int compareTo(OptionPath other) {
        int n = Math.min(size(), other.size());
        for (int i = 0; i < n; i++) {
            int c = segments.get(i).compareTo(other.segments.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(size(), other.size());
    }
}
