package io.stead.api.tree;

/** What an entry of a {@link SystemTree} is, as listed in the build manifest. */
public enum EntryKind {
    /** A unit file written in full. */
    UNIT,
    /** A drop-in ({@code <unit>.d/overrides.conf}) customising an upstream unit. */
    DROP_IN,
    /** A symbolic link: enablement ({@code .wants/}), alias, or a package's unit linked in. */
    LINK,
    /** A unit masked by a link to {@code /dev/null}. */
    MASK,
    /** A file under {@code /etc} other than a unit. */
    ETC_FILE,
    /** An executable script a unit refers to. */
    SCRIPT
}
