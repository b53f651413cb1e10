/** The stead command line: the composition root. Nothing depends on it. */
module io.stead.cli {
    requires io.stead.api;
    requires io.stead.evaluator;
    requires io.stead.unitgenerator;
    requires io.stead.containerruntime;
    requires info.picocli;
    requires com.fasterxml.jackson.databind;

    uses io.stead.api.ServiceModule;
}
