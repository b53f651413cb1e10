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

    /**
     * @param container the container's name
     * @param cause why its system cannot be built
     */
    public ContainerBuildException(String container, ConfigException cause) {
        super(context(container) + cause.getMessage(), cause.trace());
        this.container = container;
        this.reason = cause;
    }

    /** @return why the container's system cannot be built, its paths relative to {@link #configuration()} */
    public ConfigException reason() {
        return reason;
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
