/** End-to-end tests of Stead on real systemd test hosts, and the layering rules. */
module io.stead.integrationtests {
    requires org.junit.jupiter.api;
}
