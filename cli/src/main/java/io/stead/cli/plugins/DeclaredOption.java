package io.stead.cli.plugins;

import io.stead.api.OptionPath;

/**
 * An option as {@code stead plugins} lists it.
 *
 * @param path the option's absolute path
 * @param type its type's description, such as {@code list of port}
 */
public record DeclaredOption(OptionPath path, String type) {
}
