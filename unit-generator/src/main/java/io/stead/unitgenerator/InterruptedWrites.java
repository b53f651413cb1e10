package io.stead.unitgenerator;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One tree write at a time to a directory, and what an interrupted one left. A write goes to a
 * hidden {@code .NAME.new-*} directory beside the tree and swaps it in through a hidden
 * {@code .NAME.old-*}; a process killed meanwhile leaves one or both behind (a whole copy of a
 * tree each), and one killed between the two renames leaves no tree at all, the previous one
 * being the {@code .old-*}. Holding the lock ({@code .NAME.lock} beside the tree), no other
 * write is under way, so such leftovers are stale: the previous tree is put back if it is
 * missing, and the rest deleted.
 *
 * <p>The lock file is deleted when the write ends, so that a build leaves nothing beside its
 * tree. A write waiting meanwhile then holds the lock of a file that is gone, so a write counts
 * as holding the lock only once the file at the lock's path is the one it locked (the same
 * device and inode as a file this process has open), and otherwise tries again with the file
 * now there. Only the holder deletes the file, so two writes never both pass. (The check may
 * not open the file: closing any descriptor of a file drops the process's locks on it.)
 */
final class InterruptedWrites implements AutoCloseable {
    /** This process's open files (Linux), one link each. */
    private static final Path OPEN_FILES = Path.of("/proc/self/fd");

    private final List<String> notes = new ArrayList<>();
    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;

    private InterruptedWrites(Path lockFile, FileChannel channel, FileLock lock) {
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Waits for any other write to {@code target} to end, then tidies what interrupted ones left.
     *
     * @param target the tree's directory; its parent exists
     * @return the lock, to close when the write is done
     * @throws IOException if the lock file cannot be made or the leftovers cannot be handled
     */
    static InterruptedWrites lock(Path target) throws IOException {
        Path lockFile = target.resolveSibling("." + target.getFileName() + ".lock");
        while (true) {
            refuseForeignLock(lockFile);
            // (not through a link: one put there would have the lock made wherever it leads)
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS);
            try {
                FileLock lock = channel.lock();
                if (isOpenHere(lockFile)) {
                    InterruptedWrites held = new InterruptedWrites(lockFile, channel, lock);
                    recover(target, held.notes);
                    return held;
                }
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
            channel.close(); // the write before deleted the file it locked: lock the one there now
        }
    }

    /**
     * Stead's lock file is an empty regular file it makes and deletes: anything else at its
     * path (a file with content, a link, a pipe, which opening would wait on for ever) is not
     * Stead's, to take or delete.
     */
    private static void refuseForeignLock(Path lockFile) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(lockFile, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return;
        }
        if (!attributes.isRegularFile() || attributes.size() > 0) {
            throw new FileSystemException(lockFile.toString(), null, "is not a lock file Stead made ("
                    + (attributes.isSymbolicLink() ? "a symbolic link" : attributes.isRegularFile() ? "it has content"
                    : "not a regular file") + "); move it away");
        }
    }

    /**
     * @return whether the file at the lock's path is one this process has open, so the one just
     *     locked (no other part of the process opens it)
     */
    private static boolean isOpenHere(Path lockFile) throws IOException {
        Object atPath;
        try {
            atPath = Files.readAttributes(lockFile, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
        } catch (NoSuchFileException e) {
            return false;
        }
        // each entry links to an open file, deleted or not; its attributes are that file's
        try (DirectoryStream<Path> open = Files.newDirectoryStream(OPEN_FILES)) {
            for (Path fd : open) {
                try {
                    if (atPath.equals(Files.readAttributes(fd, BasicFileAttributes.class).fileKey())) {
                        return true;
                    }
                } catch (IOException e) {
                    // closed meanwhile
                }
            }
        }
        return false;
    }

    /**
     * Puts back a previous tree a write left as {@code .old-*}, then deletes the other leftovers;
     * says what it did, and what it could not delete.
     */
    private static void recover(Path target, List<String> notes) throws IOException {
        List<Path> old = leftovers(target, ".old-");
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !old.isEmpty()) {
            Path newest = old.get(0);
            for (Path p : old) {
                if (modified(p).compareTo(modified(newest)) > 0) {
                    newest = p;
                }
            }
            Files.move(newest, target, StandardCopyOption.ATOMIC_MOVE);
            old.remove(newest);
            notes.add("put back the previous tree at " + target + ", which an interrupted write had left at "
                    + newest);
        }
        for (Path p : old) {
            TreeWriter.delete(p, "left by an interrupted write", notes);
        }
        for (Path p : leftovers(target, ".new-")) {
            TreeWriter.delete(p, "left by an interrupted write", notes);
        }
    }

    private static FileTime modified(Path p) throws IOException {
        return Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * The directories beside the target named as a write names its own: {@code .NAME.new-} or
     * {@code .NAME.old-} and the digits the JDK adds (compared as text: a name may hold glob
     * characters), and for an old one, a Stead tree. A directory of another name is not Stead's.
     */
    private static List<Path> leftovers(Path target, String kind) throws IOException {
        List<Path> out = new ArrayList<>();
        String prefix = "." + target.getFileName() + kind;
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(target.getParent(),
                p -> isLeftoverName(p.getFileName().toString(), prefix))) {
            for (Path p : siblings) {
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)
                        && (!kind.equals(".old-") || TreeWriter.isSteadTree(p))) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    private static boolean isLeftoverName(String name, String prefix) {
        if (!name.startsWith(prefix) || name.length() == prefix.length()) {
            return false;
        }
        for (int i = prefix.length(); i < name.length(); i++) {
            if (!Character.isDigit(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** @return what tidying up after interrupted writes did, or could not do, as sentences */
    List<String> notes() {
        return notes;
    }

    @Override
    public void close() throws IOException {
        try {
            // deleted while still locked: see the class's comment for why that is safe
            Files.deleteIfExists(lockFile);
        } finally {
            try {
                lock.release();
            } finally {
                channel.close();
            }
        }
    }
}
