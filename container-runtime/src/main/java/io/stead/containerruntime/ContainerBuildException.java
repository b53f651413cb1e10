package io.stead.containerruntime;

import io.stead.api.ConfigException;
import io.stead.api.OptionPath;

/**
 * A container's own system cannot be built. Its cause names option paths inside the
 * container's configuration, which the host's configuration also has, so the message says
 * whose they are; {@link #configuration()} gives the caller the prefix to find them under.
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

    private static OptionPath configuration(String container) {
        return OptionPath.of("containers", container, "config");
    }

    /** How the message begins: which container, and where its paths are. */
    private static String context(String container) {
        return "in the container '" + container + "' (the paths below are under '" + configuration(container)
                + "'): ";
    }
}
