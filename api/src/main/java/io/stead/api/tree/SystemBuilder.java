package io.stead.api.tree;

import io.stead.api.Config;

/**
 * Turns an evaluated system configuration into its files. Implemented by the unit generator;
 * the CLI passes it to whoever needs a system built (such as the container runtime, for a
 * container's own system), so that those modules need not depend on each other.
 */
public interface SystemBuilder {

    /**
     * Builds the tree of a configuration. Pure: reads the target root named by the
     * configuration (to find upstream units) but writes nothing.
     *
     * @param system an evaluated system configuration
     * @return the system's files
     */
    SystemTree build(Config system);
}
