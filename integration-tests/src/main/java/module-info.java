/** End-to-end tests of Stead on real systemd test hosts, and the layering rules. */
module io.stead.integrationtests {
    // transitive: the exported test host harness has JUnit types in its API (TestHostExtension)
    requires transitive org.junit.jupiter.api;

    exports io.stead.integrationtests.testhost;
}
