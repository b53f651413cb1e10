package io.stead.evaluator;

import io.stead.api.Config;
import io.stead.api.ConfigException;
import io.stead.api.OptionPath;
import java.util.List;

/**
 * The result of evaluating a configuration: a lazy, memoised view of every option's final
 * value. Values are computed when first read; errors surface as {@link ConfigException}
 * when the value that needs them is read.
 */
public interface Evaluation extends Config {

    /**
     * The final value at a path (an option, a path inside an option's value, or a group of
     * options), as a plain Java value.
     *
     * @param path the path
     * @return the value
     * @throws ConfigException if evaluating it fails
     */
    Object value(OptionPath path);

    /**
     * The value at a path as JSON text, with attribute sets' keys sorted.
     *
     * @param path the path
     * @param pretty whether to indent
     * @return JSON
     * @throws ConfigException if evaluating it fails
     */
    String json(OptionPath path, boolean pretty);

    /**
     * What {@code stead option} shows about an option.
     *
     * @param path an option's path
     * @return the report; its value is null and error set if evaluation fails
     * @throws ConfigException if no option is declared at {@code path}
     */
    OptionReport report(OptionPath path);

    /**
     * The options declared below a group of options, such as every {@code services.openssh.*}
     * option for {@code services.openssh}.
     *
     * @param group a path
     * @return the options' paths, sorted; empty if {@code group} is an option or undeclared
     */
    List<OptionPath> optionsUnder(OptionPath group);

    /**
     * Where the definitions behind a path into an option's value are written: for
     * {@code systemd.services.web.environment.A}, the lines of the {@code environment}
     * definitions that give {@code A}, not every line that defines {@code environment}.
     *
     * @param path a path below an option, into its value
     * @return the {@code file:line}s of the active definitions that give it, in merge order;
     *     empty if the path is an option or a group, or no definition written in a file gives it
     */
    List<String> definitionSitesWithin(OptionPath path);

    /**
     * Checks {@code assertions}: throws with every failed assertion's message. The host's are
     * checked, and those of each nested system (a container's configuration) that this
     * evaluation has made so far: building the containers makes theirs, so a build checks
     * again after building them.
     *
     * @throws ConfigException if any assertion fails
     */
    void checkAssertions();

    /**
     * The warnings of this evaluation: the {@code warnings} option (the host's, and that of
     * each nested system made so far, as {@link #checkAssertions} covers them) and warnings
     * about renamed options that are used.
     *
     * @return the warnings: those of loading the modules, then each system's (the host's, then
     *     the nested systems' by path), renames first, in an order that does not depend on what
     *     was read first
     */
    List<String> warnings();

    /** @return counters of the work done so far */
    EvaluationStats stats();
}
