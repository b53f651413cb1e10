package io.stead.integrationtests.testhost;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds the root directory of a guest: a copy of the build machine's {@code /etc} (without its identity),
 * an empty {@code usr/} that the machine's {@code /usr} is bound over at boot, and the merged-/usr
 * symbolic links. The result behaves like a freshly installed copy of the machine.
 */
final class GuestRoot {
    /**
     * Units masked in every guest: PostgreSQL has no cluster directory in a fresh root, and the timers
     * would reach out to the network if they ever fired. Every timer the copied {@code /etc} enables is
     * masked as well.
     */
    static final List<String> DEFAULT_MASKS = List.of("postgresql.service", "postgresql@.service",
            "e2scrub_reap.service", "apt-daily.timer", "apt-daily-upgrade.timer", "dpkg-db-backup.timer",
            "e2scrub_all.timer", "fstrim.timer", "man-db.timer");

    private static final Duration COPY_TIMEOUT = Duration.ofSeconds(60);

    private GuestRoot() {
    }

    /**
     * @param root an empty directory that becomes the guest's {@code /}
     * @param masks units masked in addition to {@link #DEFAULT_MASKS} and the enabled timers
     * @param sshd whether sshd starts at boot; it gets fresh host keys if so
     */
    static void create(Path root, Set<String> masks, boolean sshd) throws IOException {
        for (String dir : List.of("usr", "var", "srv", "home")) {
            Files.createDirectories(root.resolve(dir));
        }
        Files.createDirectory(root.resolve("root"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------")));
        Files.createDirectory(root.resolve("tmp"));
        Files.setAttribute(root.resolve("tmp"), "unix:mode", 01777);
        for (String dir : List.of("bin", "sbin", "lib", "lib64")) {
            Files.createSymbolicLink(root.resolve(dir), Path.of("usr", dir));
        }

        Path etc = root.resolve("etc");
        Commands.run(COPY_TIMEOUT, "cp", "-a", "/etc", etc.toString()).assertSuccess();
        // the machine's identity stays with the machine: systemd makes a machine ID from the container UUID
        Files.deleteIfExists(etc.resolve("hostname"));
        Files.deleteIfExists(etc.resolve("machine-id"));
        Files.createFile(etc.resolve("machine-id"));
        try (DirectoryStream<Path> keys = Files.newDirectoryStream(etc.resolve("ssh"), "ssh_host_*")) {
            for (Path key : keys) {
                Files.delete(key);
            }
        } catch (java.nio.file.NoSuchFileException e) {
            // no sshd on this machine
        }
        // nspawn reads os-release before /usr is bound: Debian's symbolic link into /usr would dangle
        Files.deleteIfExists(etc.resolve("os-release"));
        Path osRelease = Files.exists(Path.of("/etc/os-release")) ? Path.of("/etc/os-release").toRealPath()
                : Path.of("/usr/lib/os-release");
        Files.copy(osRelease, etc.resolve("os-release"), StandardCopyOption.COPY_ATTRIBUTES);

        Path system = etc.resolve("systemd/system");
        Set<String> masked = new TreeSet<>(DEFAULT_MASKS);
        masked.addAll(enabledIn(system.resolve("timers.target.wants")));
        masked.addAll(masks);
        Files.createDirectories(system);
        for (String unit : masked) {
            Path link = system.resolve(unit);
            Files.deleteIfExists(link);
            Files.createSymbolicLink(link, Path.of("/dev/null"));
        }

        if (sshd) {
            Path ssh = etc.resolve("ssh");
            Files.createDirectories(ssh);
            // ed25519 and ECDSA take milliseconds; RSA would take a second per guest
            for (String type : List.of("ed25519", "ecdsa")) {
                Commands.run(COPY_TIMEOUT, "ssh-keygen", "-q", "-t", type, "-N", "", "-C", "root@stead-testhost",
                        "-f", ssh.resolve("ssh_host_" + type + "_key").toString()).assertSuccess();
            }
        } else {
            // an sshd on the shared network would take port 22 of the build machine
            Files.deleteIfExists(system.resolve("multi-user.target.wants/ssh.service"));
            Files.deleteIfExists(system.resolve("sockets.target.wants/ssh.socket"));
        }
    }

    private static List<String> enabledIn(Path wants) throws IOException {
        List<String> units = new ArrayList<>();
        if (Files.isDirectory(wants, LinkOption.NOFOLLOW_LINKS)) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(wants)) {
                entries.forEach(entry -> units.add(entry.getFileName().toString()));
            }
        }
        return units;
    }
}
