/**
 * The stead command line: the composition root that wires the evaluator, the unit generator,
 * the container runtime and the plugins together. Nothing depends on it. It exports only the
 * package of its entry points ({@code Main}, {@code ArchiveTraining}): an exported package makes
 * it a default root module of the linked runtime image, so the launcher can name the main class
 * instead of the module and the JVM reuses the module graph archived in the image.
 */
module io.stead.cli {
    requires io.stead.api;
    requires io.stead.evaluator;
    requires io.stead.unitgenerator;
    requires io.stead.containerruntime;
    requires info.picocli;
    requires com.fasterxml.jackson.databind;
    requires java.management;

    exports io.stead.cli; // the entry points only (see above)

    uses io.stead.api.ServiceModule;
}
