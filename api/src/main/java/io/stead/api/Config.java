package io.stead.api;

import java.util.List;
import java.util.Map;

/**
 * Read access to an evaluated configuration, handed to computed values. Values are computed
 * on first access and memoised, down to each attribute of an attribute set and each element of
 * a list, as in NixOS: a list's length is known without its elements, and an element that fails
 * fails when it is read. Reading an option that (directly or not) reads itself fails with an
 * "infinite recursion" error naming the chain of options.
 *
 * <p>Values are immutable plain Java values: {@code Boolean}, {@code Long}, {@code Double},
 * {@code String}, {@code List}, {@code Map<String, Object>} (keys sorted), {@link SystemPackage},
 * or {@code null}. A submodule's value is a {@code Map} that is also a {@code Config}.
 * Evaluation errors are thrown as unchecked exceptions; let them propagate.
 */
public interface Config {

    /**
     * The final value at {@code path}: an option, a path inside an option's value, or a group
     * of options (returned as a map of their values).
     *
     * @param path an attribute path, relative to this configuration
     * @return the value, possibly null
     */
    Object get(String path);

    /**
     * Whether the option at {@code path} is defined, as NixOS's {@code isDefined}: some
     * definition counts once conditions and priorities apply (one under a false condition does
     * not), its default not counted. A renamed option's old path answers for the new one.
     *
     * @param path an option's path
     * @return true if something defines it
     * @throws ConfigException if no option is at {@code path}
     */
    boolean isDefined(String path);

    /**
     * The configuration of a submodule value, such as {@code at("systemd.services.sshd")}.
     *
     * @param path the path of a submodule value
     * @return its configuration
     */
    Config at(String path);

    /**
     * The name of the submodule instance this configuration is: the attribute name inside an
     * {@code attrsOf submodule}, or the option's last path segment for a plain submodule.
     *
     * @return the name
     * @throws IllegalStateException for a top-level configuration, which has no name
     */
    String name();

    /**
     * The boolean at {@code path}: {@link #get} for a {@code bool} option.
     *
     * @param path an attribute path
     * @return the boolean there
     * @throws IllegalStateException if the value is not a boolean ({@link NullPointerException} if null)
     */
    default boolean bool(String path) {
        return as(path, Boolean.class);
    }

    /**
     * The integer at {@code path}: {@link #get} for an {@code int}, {@code port}, ... option
     * (every integer is a {@code Long}).
     *
     * @param path an attribute path
     * @return the integer there
     * @throws IllegalStateException if the value is not an integer ({@link NullPointerException} if null)
     */
    default long integer(String path) {
        return as(path, Long.class);
    }

    /**
     * The string at {@code path}: {@link #get} for a {@code str}, {@code lines}, ... option.
     *
     * @param path an attribute path
     * @return the string there (null if the value is null)
     * @throws IllegalStateException if the value is not a string
     */
    default String string(String path) {
        return as(path, String.class);
    }

    /**
     * The list at {@code path}: {@link #get} for a {@code listOf} option.
     *
     * @param path an attribute path
     * @return the list there (null if the value is null)
     * @throws IllegalStateException if the value is not a list
     */
    @SuppressWarnings("unchecked")
    default List<Object> list(String path) {
        return as(path, List.class);
    }

    /**
     * The attribute set at {@code path}: {@link #get} for an {@code attrsOf}, {@code submodule}
     * or group of options, keys sorted.
     *
     * @param path an attribute path
     * @return the attribute set there (null if the value is null)
     * @throws IllegalStateException if the value is not an attribute set
     */
    @SuppressWarnings("unchecked")
    default Map<String, Object> attrs(String path) {
        return as(path, Map.class);
    }

    /**
     * The instances of an {@code attrsOf submodule} (or {@code lazyAttrsOf submodule}) at
     * {@code path}, by name, keys sorted, each as the configuration that {@link #at} gives:
     * {@code submodules("systemd.services").get("sshd")} is {@code at("systemd.services.sshd")}.
     * The map is a view: an instance is computed when it is first read.
     *
     * @param path the path of an attribute set of submodules
     * @return the instances by name (null if the value is null)
     * @throws IllegalStateException if the value is not an attribute set, or (when read) one of
     *     its attributes is not a submodule's configuration
     */
    default Map<String, Config> submodules(String path) {
        Map<String, Object> value = attrs(path);
        return value == null ? null : new SubmoduleMap(path, value);
    }

    /**
     * The value at {@code path} as a {@code type}.
     *
     * @param path an attribute path
     * @param type the expected class
     * @param <T> the expected type
     * @return the value, or null if it is null
     * @throws IllegalStateException if the value has another type
     */
    default <T> T as(String path, Class<T> type) {
        Object value = get(path);
        if (value != null && !type.isInstance(value)) {
            throw new IllegalStateException("'" + path + "' is a " + value.getClass().getSimpleName()
                    + ", not a " + type.getSimpleName());
        }
        return type.cast(value);
    }
}
