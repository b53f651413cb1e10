/**
 * The stead command line: the composition root that wires the evaluator, the unit generator,
 * the container runtime and the plugins together. Nothing depends on it, and it exports
 * nothing.
 */
module io.stead.cli {
    requires io.stead.api;
    requires io.stead.evaluator;
    requires io.stead.unitgenerator;
    requires io.stead.containerruntime;
    requires info.picocli;
    requires com.fasterxml.jackson.databind;
    requires java.management;

    uses io.stead.api.ServiceModule;
}
