package io.stead.containerruntime;

import io.stead.api.ConfigException;
import io.stead.api.OptionPath;

/**
 * A container's own system cannot be built. Its cause is the evaluator's error (naming whole
 * option paths) or the builder's problems, which name paths inside the container's
 * configuration; {@link #configuration()} gives the caller the prefix those are under, so that
 * it can name them whole (as {@code stead build} does), and the message names the container.
 */
public final class ContainerBuildException extends ConfigException {
    private static final long serialVersionUID = 1L;
    private final String container;
    private final transient ConfigException reason; // (ConfigException keeps no cause)
    private final String problem;

    /**
     * @param container the container's name
     * @param cause why its system cannot be built
     */
    public ContainerBuildException(String container, ConfigException cause) {
        super(context(container) + cause.getMessage(), cause.trace());
        this.container = container;
        this.reason = cause;
        this.problem = null;
    }

    /**
     * A problem of the container's configuration found before its system is built, about one
     * option: the caller that has the evaluation can add where that option is defined.
     *
     * @param container the container's name
     * @param option the option, relative to the container's configuration
     * @param problem what is wrong, and the fix
     */
    public ContainerBuildException(String container, OptionPath option, String problem) {
        this(container, new ConfigException(option, "'" + configuration(container).concat(option) + "': " + problem),
                problem);
    }

    private ContainerBuildException(String container, ConfigException reason, String problem) {
        super(context(container) + reason.getMessage(), reason.trace());
        this.container = container;
        this.reason = reason;
        this.problem = problem;
    }

    /** @return why the container's system cannot be built, its paths relative to {@link #configuration()} */
    public ConfigException reason() {
        return reason;
    }

    /**
     * @return for a problem about one option ({@link #ContainerBuildException(String, OptionPath,
     *     String)}), what is wrong, without the option (which {@link #reason()} gives); else null
     */
    public String problem() {
        return problem;
    }

    /** @return the container's name */
    public String container() {
        return container;
    }

    /** @return {@code containers.<name>.config}, under which the cause's paths are */
    public OptionPath configuration() {
        return configuration(container);
    }

    /**
     * @param container a container's name
     * @return where its configuration is: {@code containers.<name>.config}
     */
    static OptionPath configuration(String container) {
        return OptionPath.of("containers", container, "config");
    }

    /**
     * How the message begins: which container, and where its configuration is. The cause may
     * name paths relative to that configuration (the builder's problems) or whole ones (the
     * evaluator's errors), so this says neither.
     */
    private static String context(String container) {
        return "in the container '" + container + "', configured at '" + configuration(container) + "': ";
    }
}
