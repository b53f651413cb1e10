/**
 * The end-to-end scenarios of issue 6: configurations built with the real {@code stead build}
 * ({@link io.stead.integrationtests.scenarios.SteadCli}, the reactor's jars), installed into booted test hosts
 * by a plain copy ({@link io.stead.integrationtests.scenarios.PlainCopyInstall}), and checked with the guest's
 * own {@code systemctl}, {@code systemd-analyze verify} and, from outside the guest, the real ssh client and
 * plain sockets.
 *
 * <ul>
 *   <li>{@link io.stead.integrationtests.scenarios.ApplicationHostIT} and
 *       {@link io.stead.integrationtests.scenarios.ShippedExampleIT}: whole hosts come up (scenario 1);</li>
 *   <li>{@link io.stead.integrationtests.scenarios.OpensshIT}: sshd through Debian's unit and Stead's drop-in
 *       (scenario 2);</li>
 *   <li>{@link io.stead.integrationtests.scenarios.NixDaemonIT}: Debian's nix-daemon units customised by
 *       drop-ins (scenario 3);</li>
 *   <li>{@link io.stead.integrationtests.scenarios.ServiceBehaviourIT}: scripts, timers and socket activation
 *       (scenario 4).</li>
 * </ul>
 *
 * <p>Configurations are in {@code src/test/resources/scenarios}; what must differ per run (ports, keys) goes
 * in a second file that Stead merges with the first. Each class shares one booted host between its tests.
 */
package io.stead.integrationtests.scenarios;
