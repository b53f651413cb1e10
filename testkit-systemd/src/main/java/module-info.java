/**
 * The test kit's checks that need a system tree and this machine's systemd but no Stead engine:
 * {@code TreeDump} for golden files, {@code SystemdVerify} for {@code systemd-analyze verify},
 * {@code Processes} for other commands. The unit generator's own tests use it; the full kit,
 * {@code io.stead.testkit}, passes it on to a service module's tests.
 */
module io.stead.testkit.systemd {
    requires transitive io.stead.api;

    exports io.stead.testkit.systemd;
}
