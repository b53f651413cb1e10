package io.stead.integrationtests.scenarios;

import io.stead.integrationtests.testhost.ExecResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The real OpenSSH client on the build machine, logging into a guest's sshd at 127.0.0.1:PORT (guests share
 * the machine's network): no configuration file, no known hosts, one authentication method at a time.
 */
final class SshClient {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private SshClient() {
    }

    /** Logs in as {@code user} with {@code key} only, never prompting, and runs {@code command}. */
    static ExecResult withKey(Path key, int port, String user, String command) {
        return ssh(port, List.of("-o", "BatchMode=yes", "-i", key.toString(), "-o", "IdentitiesOnly=yes",
                "-o", "PreferredAuthentications=publickey"), user, command, Map.of());
    }

    /**
     * Logs in as {@code user} by password only, and runs {@code command}. The password is really sent: with
     * no terminal, the client asks an {@code SSH_ASKPASS} program for it ({@code SSH_ASKPASS_REQUIRE=force}),
     * once. ({@code BatchMode} would never send one, so its failure would prove nothing.)
     *
     * @param scratch a directory for the askpass program
     */
    static ExecResult withPassword(String password, Path scratch, int port, String user, String command) {
        Path askpass = scratch.resolve("askpass-" + port);
        try {
            Files.writeString(askpass, "#!/bin/sh\nprintf '%s\\n' '" + password.replace("'", "'\\''") + "'\n");
            Files.setPosixFilePermissions(askpass, PosixFilePermissions.fromString("rwx------"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ssh(port, List.of("-o", "PreferredAuthentications=password,keyboard-interactive",
                        "-o", "PubkeyAuthentication=no", "-o", "NumberOfPasswordPrompts=1"), user, command,
                Map.of("SSH_ASKPASS", askpass.toString(), "SSH_ASKPASS_REQUIRE", "force"));
    }

    /** @return the host key of {@code type} that the server at 127.0.0.1:PORT offers, as ssh-keyscan prints it */
    static ExecResult scanHostKey(int port, String type) {
        return MachineCommand.run(TIMEOUT, List.of("ssh-keyscan", "-p", Integer.toString(port), "-t", type,
                "127.0.0.1"));
    }

    private static ExecResult ssh(int port, List<String> authentication, String user, String command,
                                  Map<String, String> environment) {
        List<String> ssh = new ArrayList<>(List.of("ssh", "-F", "/dev/null", "-p", Integer.toString(port),
                "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR",
                "-o", "ConnectTimeout=10"));
        ssh.addAll(authentication);
        ssh.addAll(List.of(user + "@127.0.0.1", command));
        return MachineCommand.run(TIMEOUT, ssh, environment);
    }
}
