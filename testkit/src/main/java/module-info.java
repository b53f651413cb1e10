/**
 * A test kit for service modules: a module's tests evaluate a configuration with the real
 * evaluator and every service module on the module path (base modules included), build its
 * tree with the real unit generator, dump it for golden files, and check its units with
 * systemd's own {@code systemd-analyze verify}.
 */
module io.stead.testkit {
    requires transitive io.stead.api;
    requires transitive io.stead.evaluator;
    requires io.stead.unitgenerator;
    // its tree dump and systemd checks, in a module of their own that the generator's tests use too
    requires transitive io.stead.testkit.systemd;
    requires transitive org.junit.jupiter.api;
    requires org.junit.jupiter.params;

    exports io.stead.testkit;
    // JUnit runs the kit's shared tests reflectively
    opens io.stead.testkit to org.junit.platform.commons;

    uses io.stead.api.ServiceModule;
}
