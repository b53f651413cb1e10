package io.stead.integrationtests.scenarios;

import io.stead.integrationtests.testhost.TestHost;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Installs a built tree into a running test host the simple way, until Stead applies systems itself (the
 * switch issue replaces this): copy the tree's files over the guest's root, create the declared users, reload
 * systemd, and start what the new {@code .wants/} links pull in, as a boot would have. Units that were
 * already running keep running as they were: a scenario that changes one restarts it itself.
 */
final class PlainCopyInstall {
    /** Starting a target waits for everything it pulls in, such as sshd making a 4096-bit RSA host key. */
    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);

    private PlainCopyInstall() {
    }

    static void install(TestHost host, BuiltTree tree) {
        for (Path root : tree.installableRoots()) {
            host.copyIn(root, "/" + root.getFileName());
        }
        if (tree.declaresUsers()) {
            host.exec("systemd-sysusers").assertSuccess();
        }
        host.exec("systemctl", "daemon-reload").assertSuccess();
        for (String unit : tree.dependencyLinks().keySet()) {
            // starting an active unit again queues its new Wants=/Requires= (the links just copied), which
            // is how they would have been started at boot; a unit that is not active pulls in nothing yet
            if (host.exec("systemctl", "is-active", unit).out().equals("active")) {
                host.exec(START_TIMEOUT, "systemctl", "start", unit).assertSuccess();
            }
        }
    }
}
