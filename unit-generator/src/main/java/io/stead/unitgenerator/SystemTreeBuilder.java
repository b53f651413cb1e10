package io.stead.unitgenerator;

import io.stead.api.Config;
import io.stead.api.tree.SystemBuilder;
import io.stead.api.tree.SystemTree;
import io.stead.unitgenerator.internal.build.ProblemsFound;
import io.stead.unitgenerator.internal.build.TreeAssembler;
import io.stead.unitgenerator.internal.catalogue.KeyCatalogue;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the system tree of an evaluated configuration: units written in full, drop-ins
 * ({@code <unit>.d/overrides.conf}) for units the target already ships, enablement links, masks,
 * aliases, the units of packages outside systemd's search path, services' scripts and the files
 * of {@code environment.etc}. Reads the target root named by {@code system.root} (for the units
 * it already has) and, for an {@code environment.etc} file copied from a {@code source} (an octal
 * {@code mode}), that source on the machine that builds, as NixOS copies a source into the store
 * at build time; a source linked to (mode {@code symlink}) is not read, the link points at its
 * path as the target sees it. The same configuration on the same target, with the same source
 * files, gives an equal tree. Writes nothing; see {@link TreeWriter}. Created by the CLI and
 * handed, as a {@link SystemBuilder}, to whoever needs a system built.
 */
public final class SystemTreeBuilder implements SystemBuilder {
    private final TreeAssembler assembler = new TreeAssembler(KeyCatalogue.shipped());

    /**
     * @param system an evaluated system configuration (the base modules of this module and any
     *     plugins); evaluation errors raised while reading it propagate
     * @return the system's files
     * @throws BuildException listing every problem found (unknown unit keys, conflicting files, ...)
     */
    @Override
    public SystemTree build(Config system) {
        try {
            return assembler.assemble(system);
        } catch (ProblemsFound found) {
            List<BuildException.Problem> problems = new ArrayList<>();
            for (int i = 0; i < found.paths().size(); i++) {
                problems.add(new BuildException.Problem(found.paths().get(i), found.messages().get(i)));
            }
            throw new BuildException(problems);
        }
    }
}
