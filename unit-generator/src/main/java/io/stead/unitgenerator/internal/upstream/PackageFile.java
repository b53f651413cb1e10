package io.stead.unitgenerator.internal.upstream;

/**
 * A unit file (or a file of a unit's drop-in directory) that a package of
 * {@code systemd.packages} ships.
 *
 * @param relative its path below the package's unit directory, such as {@code foo.service} or
 *     {@code foo.service.d/10-limits.conf}
 * @param path where the target has it
 * @param inSearchPath whether systemd finds it without help; if not, Stead links it into the tree
 */
public record PackageFile(String relative, String path, boolean inSearchPath) {
}
