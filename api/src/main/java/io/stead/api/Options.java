package io.stead.api;

/**
 * Where a module declares its options. Implemented by the evaluator and handed to
 * {@link ModuleSpec#options}; valid only during that call. The evaluator records where each
 * declaration was made (class file and line) for its messages.
 */
public interface Options {

    /**
     * Declares an option. Declaring one path twice is an error, unless both types are
     * submodules, which then merge.
     *
     * @param option the declaration; its path is relative to this sink's prefix
     */
    void add(Option option);

    /**
     * A view of this sink that puts {@code prefix} in front of every path.
     *
     * @param prefix an attribute path such as {@code services.openssh}
     * @return the prefixed sink
     */
    Options under(String prefix);

    /**
     * Declares {@code from} as an alias of {@code to}, as NixOS's
     * {@code mkRenamedOptionModule}: definitions of {@code from} become definitions of
     * {@code to}, with a warning naming the new path. {@code to} must be an option, a group of
     * options, or a path below an option (an attribute of an {@code attrsOf}); a rename to
     * anywhere else fails every evaluation with a renaming error, as in NixOS.
     *
     * @param from the old path, relative to this sink's prefix
     * @param to the new path, absolute
     */
    void rename(String from, String to);

    /**
     * Declares {@code path} as removed, as NixOS's {@code mkRemovedOptionModule}: defining it is
     * an error that says what to use instead.
     *
     * @param path the removed path, relative to this sink's prefix
     * @param replacement what to do instead, in a sentence
     */
    void remove(String path, String replacement);
}
