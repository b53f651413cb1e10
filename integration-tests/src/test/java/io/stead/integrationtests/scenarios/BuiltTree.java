package io.stead.integrationtests.scenarios;

import io.stead.integrationtests.testhost.UnitVerifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A system tree that {@code stead build} wrote: a directory mirroring the target root, read here as the
 * files it is, not through Stead's classes.
 *
 * @param dir the directory given to {@code -o}
 */
record BuiltTree(Path dir) {
    /** The only file of the tree that is not installed on the target. */
    static final String MANIFEST = "stead-manifest.json";

    /** @return the top-level entries to install at {@code /} ({@code etc}, {@code var}, ...), without the manifest */
    List<Path> installableRoots() {
        List<Path> roots = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            entries.forEach(entry -> {
                if (!entry.getFileName().toString().equals(MANIFEST)) {
                    roots.add(entry);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return roots;
    }

    /** @return the units the tree writes or customises in {@code /etc/systemd/system} (templates as an instance) */
    List<String> units() {
        return UnitVerifier.unitsIn(dir);
    }

    /**
     * @return for each unit with a {@code .wants/} or {@code .requires/} directory in the tree, the units linked
     *     there: what that unit pulls in once the tree is installed
     */
    Map<String, List<String>> dependencyLinks() {
        Map<String, List<String>> links = new TreeMap<>();
        Path system = dir.resolve("etc/systemd/system");
        if (!Files.isDirectory(system)) {
            return links;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(system, "*.{wants,requires}")) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                String unit = name.substring(0, name.lastIndexOf('.'));
                List<String> linked = new ArrayList<>();
                try (DirectoryStream<Path> targets = Files.newDirectoryStream(entry)) {
                    targets.forEach(link -> linked.add(link.getFileName().toString()));
                }
                links.computeIfAbsent(unit, u -> new ArrayList<>()).addAll(linked);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return links;
    }

    /** @return every unit linked in a {@code .wants/} or {@code .requires/} directory of the tree */
    List<String> wantedUnits() {
        return dependencyLinks().values().stream().flatMap(List::stream).distinct().sorted().toList();
    }

    /** @return whether the tree declares users or groups ({@code /etc/sysusers.d/stead.conf}) */
    boolean declaresUsers() {
        return Files.exists(dir.resolve("etc/sysusers.d/stead.conf"), LinkOption.NOFOLLOW_LINKS);
    }

    /** @return a file of the tree, by its path on the target ({@code "/etc/motd"}) */
    Path file(String targetPath) {
        return dir.resolve(targetPath.substring(1));
    }

    /** @return the text of a file of the tree, by its path on the target */
    String read(String targetPath) {
        try {
            return Files.readString(file(targetPath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
