package io.stead.integrationtests.testhost;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Paths inside a guest, seen from the build machine.
 *
 * <p>The base is the root directory before boot and {@code /proc/GUESTPID/root} while the guest runs, so
 * that the guest's own mounts ({@code /tmp} and {@code /run} are tmpfs, {@code /usr} is the machine's)
 * are what a path means. Symbolic links are resolved as the guest would resolve them: an absolute target
 * starts again at the guest's root, never at the build machine's, so no write can escape into the machine.
 */
final class GuestFiles {
    private static final int MAX_SYMLINKS = 40;

    private GuestFiles() {
    }

    /**
     * @param base the guest's root as seen from the build machine
     * @param guestPath an absolute path inside the guest
     * @param followLast whether a symbolic link in the last component is followed too
     * @return the path on the build machine
     */
    static Path resolve(Path base, String guestPath, boolean followLast) {
        if (!guestPath.startsWith("/")) {
            throw new IllegalArgumentException("not an absolute guest path: " + guestPath);
        }
        Deque<String> todo = new ArrayDeque<>(components(guestPath));
        List<String> done = new ArrayList<>();
        int links = 0;
        while (!todo.isEmpty()) {
            String name = todo.removeFirst();
            if (name.equals("..")) {
                if (!done.isEmpty()) {
                    done.remove(done.size() - 1);
                }
                continue;
            }
            Path candidate = join(base, done).resolve(name);
            if ((followLast || !todo.isEmpty()) && Files.isSymbolicLink(candidate)) {
                if (++links > MAX_SYMLINKS) {
                    throw new TestHostException("too many levels of symbolic links in guest path " + guestPath);
                }
                String target;
                try {
                    target = Files.readSymbolicLink(candidate).toString();
                } catch (IOException e) {
                    throw new TestHostException("cannot read symbolic link " + candidate + ": " + e.getMessage(), e);
                }
                if (target.startsWith("/")) {
                    done.clear();
                }
                List<String> parts = components(target);
                for (int i = parts.size() - 1; i >= 0; i--) {
                    todo.addFirst(parts.get(i));
                }
                continue;
            }
            done.add(name);
        }
        return join(base, done);
    }

    /** Copies a file or a directory's contents to a path inside the guest; see {@link TestHost#copyIn}. */
    static void copyIn(Path base, Path source, String guestPath) throws IOException {
        if (!Files.exists(source, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("no such file: " + source);
        }
        if (!Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS)) {
            Path followed = resolve(base, guestPath, true);
            Path target = Files.isDirectory(followed)
                    ? followed.resolve(source.getFileName().toString())
                    : resolve(base, guestPath, false);
            copyEntry(source, target);
            return;
        }
        String prefix = guestPath.endsWith("/") ? guestPath : guestPath + "/";
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                String relative = source.relativize(dir).toString();
                Path target = resolve(base, relative.isEmpty() ? guestPath : prefix + relative, true);
                if (!Files.isDirectory(target)) {
                    Files.deleteIfExists(target);
                    createParents(target);
                    Files.createDirectory(target);
                    copyOwnerAndMode(dir, target);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                copyEntry(file, resolve(base, prefix + source.relativize(file), false));
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Writes a file, replacing a symbolic link in its place rather than writing through it. */
    static void write(Path base, String guestPath, byte[] content) throws IOException {
        Path target = resolve(base, guestPath, false);
        createParents(target);
        if (Files.isSymbolicLink(target)) {
            Files.delete(target);
        }
        Files.write(target, content);
    }

    /** Creates missing parent directories with mode 0755, resolving links in the existing ones. */
    static void createParents(Path target) throws IOException {
        Path parent = target.getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            Files.createDirectories(parent);
        }
    }

    private static void copyEntry(Path source, Path target) throws IOException {
        createParents(target);
        if (Files.isSymbolicLink(target) || (Files.isSymbolicLink(source) && Files.exists(target,
                LinkOption.NOFOLLOW_LINKS))) {
            Files.delete(target);
        }
        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES,
                LinkOption.NOFOLLOW_LINKS);
    }

    private static void copyOwnerAndMode(Path source, Path target) throws IOException {
        PosixFileAttributes attributes = Files.readAttributes(source, PosixFileAttributes.class,
                LinkOption.NOFOLLOW_LINKS);
        PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        view.setPermissions(attributes.permissions());
        view.setOwner(attributes.owner());
        view.setGroup(attributes.group());
    }

    private static List<String> components(String path) {
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/")) {
            if (!part.isEmpty() && !part.equals(".")) {
                parts.add(part);
            }
        }
        return parts;
    }

    private static Path join(Path base, List<String> names) {
        Path path = base;
        for (String name : names) {
            path = path.resolve(name);
        }
        return path;
    }
}
