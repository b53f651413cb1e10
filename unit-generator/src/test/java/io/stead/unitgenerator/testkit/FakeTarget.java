package io.stead.unitgenerator.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A target root made of files in a temporary directory, laid out like a merged-/usr Debian
 * system ({@code lib -> /usr/lib}, absolute on purpose: it must resolve inside the root).
 */
public final class FakeTarget {
    private final Path root;

    /** @param root an empty directory */
    public FakeTarget(Path root) {
        this.root = root;
        try {
            Files.createDirectories(root.resolve("usr/lib/systemd/system"));
            Files.createSymbolicLink(root.resolve("lib"), Path.of("/usr/lib"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the root directory */
    public Path root() {
        return root;
    }

    /**
     * @param path a path as the target sees it
     * @param text the file's text
     * @return this
     */
    public FakeTarget file(String path, String text) {
        try {
            Path file = root.resolve(path.substring(1));
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param path a path as the target sees it
     * @param target where the link points
     * @return this
     */
    public FakeTarget link(String path, String target) {
        try {
            Path file = root.resolve(path.substring(1));
            Files.createDirectories(file.getParent());
            Files.createSymbolicLink(file, Path.of(target));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Installs a Debian package in the target's dpkg database.
     *
     * @param listFileName the list file's name, such as {@code fancy:amd64.list}
     * @param paths the paths the package owns
     * @return this
     */
    public FakeTarget dpkgList(String listFileName, String... paths) {
        return file("/var/lib/dpkg/info/" + listFileName, String.join("\n", paths) + "\n");
    }
}
