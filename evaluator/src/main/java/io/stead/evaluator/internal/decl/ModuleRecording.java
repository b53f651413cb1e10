package io.stead.evaluator.internal.decl;

import io.stead.evaluator.internal.model.Location;
import io.stead.evaluator.internal.model.Node;
import java.util.ArrayList;
import java.util.List;

/** The mutable state of recording one module; closed once the module's methods return. */
final class ModuleRecording {
    private final String origin;
    // where every declaration and definition is placed, when the stack cannot say (see ApiSubmodules)
    private final Location fixed;
    private final List<Declaration> declarations = new ArrayList<>();
    private final List<Alias> aliases = new ArrayList<>();
    private final List<Node.Entry> entries = new ArrayList<>();
    private boolean closed;

    ModuleRecording(String origin) {
        this(origin, null);
    }

    ModuleRecording(String origin, Location fixed) {
        this.origin = origin;
        this.fixed = fixed;
    }

    String origin() {
        return origin;
    }

    /** @return where the module's code is calling from now: its plugin's source line */
    Location callSite() {
        return fixed != null ? fixed : CallSite.find(origin);
    }

    List<Declaration> declarations() {
        return declarations;
    }

    List<Alias> aliases() {
        return aliases;
    }

    List<Node.Entry> entries() {
        return entries;
    }

    void checkOpen() {
        if (closed) {
            throw new IllegalStateException("Options and Definitions may only be used while the module's"
                    + " options() or config() method runs; use a computed value for anything later");
        }
    }

    void close() {
        closed = true;
    }
}
