package io.stead.evaluator.internal.decl;

import io.stead.evaluator.internal.model.Location;

/**
 * One entry of a file's {@code disabledModules}.
 *
 * @param key the module it names: a plugin module's name, or a file's normalised absolute path
 * @param written the entry as written
 * @param at where it is written
 */
public record Disabled(String key, String written, Location at) {
}
