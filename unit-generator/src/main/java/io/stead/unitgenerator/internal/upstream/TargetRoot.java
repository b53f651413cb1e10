package io.stead.unitgenerator.internal.upstream;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The file system of the target system, read-only: absolute paths as the target sees them are
 * resolved under the root directory, following symbolic links as if the root were {@code /}
 * (an absolute link such as {@code lib -> /usr/lib} stays inside the root), as systemd does
 * with {@code --root}.
 */
public final class TargetRoot {
    private static final int MAX_LINKS = 40;
    private final Path root;

    /** @param root the directory the target's {@code /} is, such as {@code /} or a container's root */
    public TargetRoot(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /**
     * Where a path of the target is on this machine, following every link along it.
     *
     * @param absolute a path as the target sees it, such as {@code /lib/systemd/system/ssh.service}
     * @return the path under the root, if it exists
     */
    public Optional<Path> resolve(String absolute) {
        return chase(absolute, true);
    }

    /**
     * Like {@link #resolve}, but the last component is not followed: finds a link itself.
     *
     * @param absolute a path as the target sees it
     * @return the path under the root of the entry itself, if it exists (possibly a dangling link)
     */
    public Optional<Path> entry(String absolute) {
        return chase(absolute, false);
    }

    /**
     * @param absolute a path as the target sees it
     * @return whether it exists (following links)
     */
    public boolean exists(String absolute) {
        return resolve(absolute).isPresent();
    }

    /**
     * @param absolute a path as the target sees it
     * @return whether it is a directory (following links)
     */
    public boolean isDirectory(String absolute) {
        return resolve(absolute).map(Files::isDirectory).orElse(false);
    }

    /**
     * @param absolute a directory of the target
     * @return the names of its entries, sorted; empty if it is not a directory
     */
    public List<String> list(String absolute) {
        Optional<Path> dir = resolve(absolute).filter(Files::isDirectory);
        if (dir.isEmpty()) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir.get())) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir.get(), e);
        }
    }

    /**
     * Whether a unit file is masked, as systemd reads it: a link to {@code /dev/null} (along
     * any chain of links), or an empty file.
     *
     * @param absolute a unit file of the target
     * @return true if it exists and is masked
     */
    public boolean isMasked(String absolute) {
        Optional<Path> file = resolve(absolute);
        if (file.isEmpty()) {
            return false;
        }
        if (Files.isSymbolicLink(file.get())) {
            return true; // (resolve stops only at a link to /dev/null)
        }
        try {
            return Files.isRegularFile(file.get()) && Files.size(file.get()) == 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.get(), e);
        }
    }

    /**
     * @param absolute a file of the target
     * @return its text, if it exists; empty text for a link to {@code /dev/null}
     */
    public Optional<String> read(String absolute) {
        Optional<Path> file = resolve(absolute);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(file.get())) {
            return Optional.of("");
        }
        try {
            return Optional.of(Files.readString(file.get(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.get(), e);
        }
    }

    private Optional<Path> chase(String absolute, boolean followLast) {
        if (!absolute.startsWith("/")) {
            throw new IllegalArgumentException("not an absolute path: " + absolute);
        }
        Deque<String> todo = new ArrayDeque<>(components(absolute));
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
            Path candidate = under(done).resolve(name);
            boolean last = todo.isEmpty();
            if (Files.isSymbolicLink(candidate) && (followLast || !last)) {
                if (++links > MAX_LINKS) {
                    return Optional.empty();
                }
                String target = readLink(candidate);
                if (target.equals("/dev/null")) {
                    return last ? Optional.of(candidate) : Optional.empty();
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
            if (!Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
            done.add(name);
        }
        return Optional.of(under(done));
    }

    private Path under(List<String> components) {
        Path p = root;
        for (String c : components) {
            p = p.resolve(c);
        }
        return p;
    }

    private static List<String> components(String path) {
        List<String> out = new ArrayList<>();
        for (String part : path.split("/")) {
            if (!part.isEmpty() && !part.equals(".")) {
                out.add(part);
            }
        }
        return out;
    }

    private static String readLink(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read link " + link, e);
        }
    }
}
