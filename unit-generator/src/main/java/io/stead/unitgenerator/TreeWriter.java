package io.stead.unitgenerator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stead.api.tree.SystemTree;
import io.stead.api.tree.TreeEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Writes a {@link SystemTree} to a directory, atomically: everything goes to a temporary
 * directory next to the target, which is then renamed into place, so a failed write leaves no
 * half-written tree. An existing directory is replaced only if it is a previous Stead tree (it has
 * a {@value TreeManifest#FILE_NAME}) holding nothing its manifest does not list; anything else is
 * refused. Files get the entry's permission bits (the lowest nine), directories 0755; the
 * manifest is written at the tree's root. One write at a time goes to a directory, and it
 * first tidies what an interrupted one left ({@link InterruptedWrites}).
 */
public final class TreeWriter {
    /** How many unlisted files a refusal names (the rest are counted). */
    private static final int MAX_NAMED = 5;

    /**
     * @param tree the tree
     * @param directory where to write it; its parent is created when missing
     * @return the written tree and its hash
     * @throws TreeWriteException if {@code directory} is not a Stead tree, or writing fails
     */
    public WrittenTree write(SystemTree tree, Path directory) {
        Path target = asTheKernelReadsIt(directory.toAbsolutePath());
        Path parent = target.getParent();
        if (parent == null) {
            throw new TreeWriteException("refusing to write a system tree to " + target, null);
        }
        refuseToReplace(target); // (before anything is made beside it, the lock included)
        TreeManifest manifest = TreeManifest.of(tree);
        List<String> notes = new ArrayList<>();
        try {
            createParents(parent);
            try (InterruptedWrites writing = InterruptedWrites.lock(target)) {
                notes.addAll(writing.notes());
                refuseToReplace(target); // again: it may have changed, or been put back, meanwhile
                writeLocked(tree, manifest, target, notes);
            }
        } catch (IOException e) {
            throw new TreeWriteException("cannot write the system tree to " + target + ": " + IoProblem.of(e), e);
        }
        return new WrittenTree(target, manifest.hash(), notes);
    }

    /**
     * The path the kernel would open: its longest existing part resolved as the kernel resolves
     * it (a '..' after a link goes up from where the link leads), the rest, which does not exist
     * yet, normalised. Normalised alone, {@code lk/../out} with {@code lk -> deep/x} was
     * {@code out}, where the kernel writes {@code deep/out}.
     */
    static Path asTheKernelReadsIt(Path absolute) {
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute.normalize();
        }
        Path rest = existing.relativize(absolute);
        try {
            Path real = existing.toRealPath();
            // the last part itself is not followed: a link there is refused as no tree, not written through
            if (rest.toString().isEmpty() && Files.isSymbolicLink(absolute)) {
                return absolute.getParent().toRealPath().resolve(absolute.getFileName());
            }
            return real.resolve(rest).normalize();
        } catch (IOException e) {
            return absolute.normalize(); // (unreadable: the write fails there, saying why)
        }
    }

    /** Refuses a target that is not a previous Stead tree holding only what Stead wrote. */
    private static void refuseToReplace(Path target) {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !isSteadTree(target)) {
            throw new TreeWriteException(target + " exists and is not a Stead tree (" + notATree(target)
                    + "); refusing to replace it", null);
        }
        refuseUnlistedFiles(target);
    }

    /** The write itself, with no other one to the same directory under way. */
    private static void writeLocked(SystemTree tree, TreeManifest manifest, Path target, List<String> notes)
            throws IOException {
        Path temporary = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".new-");
        try {
            writeEntries(tree, temporary);
            Files.writeString(temporary.resolve(TreeManifest.FILE_NAME), manifest.json(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE_NEW);
            Files.setPosixFilePermissions(temporary.resolve(TreeManifest.FILE_NAME), permissions(0644));
            Files.setPosixFilePermissions(temporary, permissions(0755));
            // again just before the old tree goes: a file put in it or changed while this one was
            // written would go with it
            refuseToReplace(target);
            moveIntoPlace(temporary, target, notes);
            temporary = null;
        } finally {
            if (temporary != null) {
                deleteQuietly(temporary);
            }
        }
    }

    /**
     * @param directory a directory
     * @return whether it holds a tree written by Stead: a real directory with a manifest
     */
    public static boolean isSteadTree(Path directory) {
        Path manifest = directory.resolve(TreeManifest.FILE_NAME);
        if (!Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)
                || !Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try {
            JsonNode json = new ObjectMapper().readTree(manifest.toFile());
            return json != null && json.path("format").isInt() && json.path("entries").isArray();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Why an existing path is no Stead tree. A link is named as one: the tree would replace the
     * link, not what it points to, and "it has no manifest" was wrong for a link to a tree.
     */
    private static String notATree(Path target) {
        if (Files.isSymbolicLink(target)) {
            return "it is a symbolic link; name the directory itself";
        }
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            return "it is not a directory";
        }
        if (Files.exists(target.resolve(TreeManifest.FILE_NAME), LinkOption.NOFOLLOW_LINKS)) {
            return "its " + TreeManifest.FILE_NAME + " is not a manifest Stead wrote";
        }
        return "it has no " + TreeManifest.FILE_NAME;
    }

    /**
     * A previous tree is replaced whole: what someone put in it since (a configuration file
     * kept beside its output) would go with it, so such a tree is refused, naming them.
     */
    private static void refuseUnlistedFiles(Path target) {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<String> unlisted;
        try {
            unlisted = UnlistedFiles.in(target);
        } catch (IOException e) {
            throw new TreeWriteException("cannot read the previous system tree " + target + ": " + IoProblem.of(e), e);
        }
        if (!unlisted.isEmpty()) {
            int shown = Math.min(unlisted.size(), MAX_NAMED);
            String named = String.join(", ", unlisted.subList(0, shown))
                    + (unlisted.size() > shown ? " and " + (unlisted.size() - shown) + " more" : "");
            throw new TreeWriteException(target + " holds files that Stead did not write (" + named
                    + "); refusing to replace it: move them out of the tree, or build elsewhere", null);
        }
    }

    /** Makes the tree's missing parents; one that is a file is named as such (the JDK says "exists"). */
    private static void createParents(Path parent) throws IOException {
        try {
            Files.createDirectories(parent);
        } catch (FileAlreadyExistsException e) {
            throw new FileSystemException(e.getFile(), null, "not a directory");
        }
    }

    private static void writeEntries(SystemTree tree, Path root) throws IOException {
        for (TreeEntry entry : tree.entries()) {
            Path file = root.resolve(entry.path()).normalize();
            if (!file.startsWith(root) || file.equals(root)
                    || file.equals(root.resolve(TreeManifest.FILE_NAME))) {
                throw new IOException("an entry's path leaves the tree or hides the manifest: " + entry.path());
            }
            createDirectories(root, file.getParent());
            if (entry.isLink()) {
                Files.createSymbolicLink(file, Path.of(entry.linkTarget()));
            } else {
                Files.writeString(file, entry.content(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
                Files.setPosixFilePermissions(file, permissions(entry.mode()));
            }
        }
    }

    private static void createDirectories(Path root, Path directory) throws IOException {
        if (directory.equals(root) || Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        createDirectories(root, directory.getParent());
        Files.createDirectory(directory);
        Files.setPosixFilePermissions(directory, permissions(0755));
    }

    private static void moveIntoPlace(Path temporary, Path target, List<String> notes) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        Path old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
        Files.delete(old);
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
        delete(old, "the previous tree, moved aside", notes);
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> out = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] bits = {
            PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
            PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ};
        for (int i = 0; i < bits.length; i++) {
            if ((mode & (1 << i)) != 0) {
                out.add(bits[i]);
            }
        }
        return out;
    }

    /**
     * Deletes a directory Stead made beside a tree; one it cannot delete is said, not left
     * without a word (a previous tree whose directories are read-only to the user who builds).
     *
     * @param directory the directory
     * @param what what it is, for the note
     * @param notes where the note goes
     */
    static void delete(Path directory, String what, List<String> notes) {
        deleteQuietly(directory);
        if (Files.exists(directory, LinkOption.NOFOLLOW_LINKS)) {
            notes.add("could not delete " + directory + " (" + what + "); delete it by hand");
        }
    }

    static void deleteQuietly(Path directory) {
        try {
            Files.walkFileTree(directory, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // best effort: a leftover hidden directory next to the tree does no harm
        }
    }
}
