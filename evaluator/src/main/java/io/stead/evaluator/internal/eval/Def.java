package io.stead.evaluator.internal.eval;

import io.stead.evaluator.internal.model.Location;
import io.stead.evaluator.internal.model.Node;

/**
 * One definition of an option (or of an attribute inside an option's value): the definition,
 * where it was written, and the configuration its conditions, references and computed values
 * are read from (the scope of the module that wrote it).
 *
 * @param node the definition, with the properties pushed down to it
 * @param location where it was written
 * @param scope the writing module's configuration
 */
record Def(Node node, Location location, ModuleScope scope) {
}
