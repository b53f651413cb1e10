package io.stead.unitgenerator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stead.unitgenerator.internal.digest.Sha256;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a previous Stead tree holds that Stead did not write: files its manifest does not list,
 * which someone put there after the build (the configuration file itself, kept beside its
 * output), and listed ones changed since (an edit by hand), whose hash or link target is not
 * the manifest's. Replacing the tree would lose them, and they are not Stead's to lose.
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
        Map<String, JsonNode> entries = new HashMap<>();
        Set<String> directories = new HashSet<>();
        for (JsonNode entry : new ObjectMapper().readTree(tree.resolve(TreeManifest.FILE_NAME).toFile())
                .path("entries")) {
            String path = entry.path("path").asText();
            entries.put(path, entry);
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
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String path = tree.relativize(file).toString();
                JsonNode entry = entries.get(path);
                if (entry == null && !path.equals(TreeManifest.FILE_NAME)) {
                    unlisted.add(path);
                } else if (entry != null && changed(file, attrs, entry)) {
                    // an edit made since: Stead did not write what is there now
                    unlisted.add(path + " (changed since Stead wrote it)");
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return unlisted;
    }

    /** Whether a listed file or link is no longer what the manifest says Stead wrote. */
    private static boolean changed(Path file, BasicFileAttributes attrs, JsonNode entry) throws IOException {
        if (entry.has("target")) {
            return !attrs.isSymbolicLink() || !Files.readSymbolicLink(file).toString().equals(entry.path("target").asText());
        }
        return !attrs.isRegularFile() || !Sha256.hex(Files.readAllBytes(file)).equals(entry.path("sha256").asText());
    }
}
