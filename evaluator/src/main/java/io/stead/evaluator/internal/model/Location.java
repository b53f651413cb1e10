package io.stead.evaluator.internal.model;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Where a declaration or definition came from: a file and line (and column), or a plugin's
 * source line. Shown in every message as {@code 'file:line'}.
 *
 * <p>A plugin's source line can be found {@link #lazy later}: every declaration and definition
 * of every plugin has one, and finding it when it is made cost a twentieth of a cold
 * evaluation (profiled), while only the few that a message or report shows are ever read.
 */
public final class Location {

    /** For values made by the evaluator itself. */
    public static final Location BUILTIN = new Location("<builtin>", 0, 0);

    private String source;
    private int line;
    private int column;
    private Supplier<Location> finder; // until the location is first read

    /**
     * @param source the file as the user named it, or the plugin's description
     * @param line 1-based line, or 0 when unknown
     * @param column 1-based column, or 0 when unknown
     */
    public Location(String source, int line, int column) {
        this.source = Objects.requireNonNull(source, "source");
        this.line = line;
        this.column = column;
    }

    private Location(Supplier<Location> finder) {
        this.finder = finder;
    }

    /**
     * @param source a file or a description
     * @return a location without a line
     */
    public static Location of(String source) {
        return new Location(source, 0, 0);
    }

    /**
     * @param finder finds the location, once, when it is first read; it must not fail
     * @return a location found on first use
     */
    public static Location lazy(Supplier<Location> finder) {
        return new Location(Objects.requireNonNull(finder, "finder"));
    }

    private synchronized void find() {
        if (finder != null) {
            Location found = finder.get();
            source = found.source();
            line = found.line();
            column = found.column();
            finder = null;
        }
    }

    /** @return the file as the user named it, or the plugin's description */
    public synchronized String source() {
        find();
        return source;
    }

    /** @return the 1-based line, or 0 when unknown */
    public synchronized int line() {
        find();
        return line;
    }

    /** @return the 1-based column, or 0 when unknown */
    public synchronized int column() {
        find();
        return column;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Location other && source().equals(other.source()) && line() == other.line()
                && column() == other.column();
    }

    @Override
    public int hashCode() {
        return Objects.hash(source(), line(), column());
    }

    @Override
    public String toString() {
        return line() > 0 ? source() + ":" + line() : source();
    }
}
