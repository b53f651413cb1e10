package io.stead.unitgenerator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a previous Stead tree holds that its manifest does not list: files that someone put
 * there after the build (the configuration file itself, kept beside its output). Replacing the
 * tree would delete them, and they are not Stead's to delete.
 */
final class UnlistedFiles {
    private UnlistedFiles() {
    }

    /**
     * @param tree a directory for which {@link TreeWriter#isSteadTree} holds
     * @return the paths, relative to the tree, of what its manifest lists neither as an entry nor
     *     as a directory holding one, in the order found; a directory is named, not its contents
     * @throws IOException if the tree or its manifest cannot be read
     */
    static List<String> in(Path tree) throws IOException {
        Set<String> entries = new HashSet<>();
        Set<String> directories = new HashSet<>();
        for (JsonNode entry : new ObjectMapper().readTree(tree.resolve(TreeManifest.FILE_NAME).toFile())
                .path("entries")) {
            String path = entry.path("path").asText();
            entries.add(path);
            for (Path up = Path.of(path).getParent(); up != null; up = up.getParent()) {
                directories.add(up.toString());
            }
        }
        List<String> unlisted = new ArrayList<>();
        // (links are not followed: a link is an entry of its own, or unlisted)
        Files.walkFileTree(tree, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                String path = tree.relativize(dir).toString();
                if (dir.equals(tree) || directories.contains(path)) {
                    return FileVisitResult.CONTINUE;
                }
                unlisted.add(path + "/");
                return FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String path = tree.relativize(file).toString();
                if (!entries.contains(path) && !path.equals(TreeManifest.FILE_NAME)) {
                    unlisted.add(path);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return unlisted;
    }
}
