package io.stead.evaluator.internal.eval;

import io.stead.api.Config;
import io.stead.api.OptionPath;
import io.stead.evaluator.internal.model.Location;

/**
 * The configuration as a computed value sees it: the scope it belongs to, whose reads of a path
 * that does not exist (or was removed) name the computed value's jar and line, as a {@code $ref}
 * names its file and line. Without it the message would name the path alone, and the user could
 * not tell which plugin asked for it. A submodule reached with {@link #at} is a
 * {@link GroupView} that reads the same way.
 */
final class PluginReads implements Config {
    /** How messages call what reads: "the computed value in 'jar!File.java:N' refers to it". */
    static final String READER = "computed value";

    private final ModuleScope scope;
    private final Location at;

    /**
     * @param scope the configuration the computed value belongs to
     * @param at where the computed value is defined
     */
    PluginReads(ModuleScope scope, Location at) {
        this.scope = scope;
        this.at = at;
    }

    /** @return the configuration the computed value belongs to */
    ModuleScope scope() {
        return scope;
    }

    @Override
    public Object get(String path) {
        return scope.referenced(OptionPath.parse(path), READER, at);
    }

    @Override
    public boolean isDefined(String path) {
        return scope.isDefined(path);
    }

    @Override
    public Config at(String path) {
        Config c = scope.at(OptionPath.parse(path), READER, at);
        // reads inside the submodule are this computed value's too; the view stays a Map, as it was
        return c instanceof GroupView g ? g.readBy(at) : c;
    }

    @Override
    public String name() {
        return scope.name();
    }

    @Override
    public String toString() {
        return scope.toString();
    }
}
