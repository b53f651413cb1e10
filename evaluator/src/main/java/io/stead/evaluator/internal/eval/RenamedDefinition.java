package io.stead.evaluator.internal.eval;

/**
 * A definition written under a renamed option's old name, kept as the old option would see it
 * (the properties above it included), so that the warning about it can be decided once the
 * configuration can be read.
 *
 * @param from the old option's whole path, as shown
 * @param to the new option's whole path, as shown
 * @param written the definition of the old option
 * @param in the path of the configuration (system or submodule instance) whose option it is
 */
record RenamedDefinition(String from, String to, Def written, String in) {
}
