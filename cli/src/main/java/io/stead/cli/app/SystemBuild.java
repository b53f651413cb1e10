package io.stead.cli.app;

import io.stead.api.OptionPath;
import io.stead.api.tree.SystemTree;
import io.stead.containerruntime.ContainerBuildException;
import io.stead.containerruntime.ContainerTrees;
import io.stead.evaluator.Evaluation;
import io.stead.unitgenerator.BuildException;
import io.stead.unitgenerator.SystemTreeBuilder;
import io.stead.unitgenerator.TreeSummary;
import io.stead.unitgenerator.TreeWriter;
import io.stead.unitgenerator.WrittenTree;
import java.nio.file.Path;
import java.util.List;

/**
 * Builds a system: checks the configuration's assertions, renders the host's tree and each
 * container's, and writes the whole atomically. Building is pure until the write.
 */
public final class SystemBuild {
    private final SystemTreeBuilder builder = new SystemTreeBuilder();

    /**
     * What a build produced.
     *
     * @param tree the tree
     * @param written where it was written, and its hash
     * @param summary what it holds, for the terminal
     */
    public record Result(SystemTree tree, WrittenTree written, TreeSummary summary) {
    }

    /**
     * @param system the evaluated configuration
     * @return its tree, containers included
     * @throws io.stead.api.ConfigException if an assertion fails or the configuration cannot be built
     */
    public SystemTree tree(Evaluation system) {
        system.checkAssertions();
        SystemTree host;
        try {
            host = builder.build(system);
        } catch (BuildException e) {
            // the generator reads values, which carry no locations: the evaluation knows them
            throw e.located(path -> DefinitionSites.of(system, path));
        }
        SystemTree whole;
        try {
            whole = new ContainerTrees(builder).addTo(host, system);
        } catch (ContainerBuildException e) {
            // named by their whole paths, which no longer read as the host's options
            if (e.reason() instanceof BuildException problems) {
                throw new ContainerBuildException(e.container(),
                        problems.under(e.configuration()).located(path -> DefinitionSites.of(system, path)));
            }
            if (e.problem() != null) {
                OptionPath option = e.configuration().concat(e.reason().option());
                throw new ContainerBuildException(e.container(), new BuildException(List.of(
                        new BuildException.Problem(option, e.problem(), DefinitionSites.of(system, option)))));
            }
            throw e;
        }
        // the containers' systems are made now: their own assertions, as NixOS checks them when
        // it builds each container with the host (the host's were checked first, as they guard
        // what the builder reads)
        system.checkAssertions();
        return whole;
    }

    /**
     * @param system the evaluated configuration
     * @param out where to write the tree (replaced if it is a previous Stead tree)
     * @return the result
     * @throws io.stead.api.ConfigException if an assertion fails or the configuration cannot be built
     * @throws io.stead.unitgenerator.TreeWriteException if {@code out} cannot be written
     */
    public Result build(Evaluation system, Path out) {
        SystemTree tree = tree(system);
        WrittenTree written = new TreeWriter().write(tree, out);
        return new Result(tree, written, TreeSummary.of(tree));
    }
}
