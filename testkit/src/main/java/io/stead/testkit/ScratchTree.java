package io.stead.testkit;

import io.stead.api.tree.SystemTree;
import io.stead.unitgenerator.TreeWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A system tree written by the real tree writer to a temporary directory, deleted on close.
 * Deleted here rather than by JUnit's {@code @TempDir}, which warns about every link to a unit
 * outside the directory (such a tree links to {@code /lib/systemd/system/...}).
 */
public final class ScratchTree implements AutoCloseable {
    private final Path parent;
    private final Path directory;

    private ScratchTree(Path parent) {
        this.parent = parent;
        this.directory = parent.resolve("tree");
    }

    /**
     * @param tree a tree
     * @return the tree, written
     */
    public static ScratchTree write(SystemTree tree) {
        try {
            ScratchTree scratch = new ScratchTree(Files.createTempDirectory("stead-tree-"));
            new TreeWriter().write(tree, scratch.directory);
            return scratch;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the tree's directory */
    public Path directory() {
        return directory;
    }

    /** Deletes the tree; links are deleted, never followed. */
    @Override
    public void close() {
        try {
            Files.walkFileTree(parent, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    if (e != null) {
                        throw e;
                    }
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
