/**
 * Throw-away systemd hosts for end-to-end tests: {@link io.stead.integrationtests.testhost.TestHost} boots
 * a copy of the build machine with {@code systemd-nspawn} and removes every trace of it on close;
 * {@link io.stead.integrationtests.testhost.TestHostExtension} gives tests their hosts, shows the guests'
 * journals when a test fails and closes the hosts afterwards;
 * {@link io.stead.integrationtests.testhost.UnitVerifier} runs {@code systemd-analyze verify} over a built
 * tree; {@link io.stead.integrationtests.testhost.FreePorts} finds ports for guests' services.
 *
 * <p>Needs root, {@code systemd-nspawn} (Debian: systemd-container) and writable cgroups. Where these are
 * missing, creating a host throws a {@link io.stead.integrationtests.testhost.TestHostException} whose
 * message is one sentence saying why: the test fails, it is never skipped.
 *
 * <p>Holds no static mutable state: each host registers (and on close removes) its own JVM shutdown hook,
 * and hosts of a JVM that died without running its hooks are found through their owner file and removed
 * by the next host created on the machine.
 */
package io.stead.integrationtests.testhost;
