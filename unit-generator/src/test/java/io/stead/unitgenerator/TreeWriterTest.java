package io.stead.unitgenerator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stead.api.tree.EntryKind;
import io.stead.api.tree.SystemTree;
import io.stead.api.tree.TreeEntry;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TreeWriterTest {
    @TempDir
    Path temp;

    private final TreeWriter writer = new TreeWriter();

    private static SystemTree sample(String motd) {
        return SystemTree.of(List.of(
                TreeEntry.file("etc/systemd/system/web.service", EntryKind.UNIT, "[Service]\nExecStart=/usr/bin/true\n", 0644),
                TreeEntry.link("etc/systemd/system/multi-user.target.wants/web.service", EntryKind.LINK, "../web.service"),
                TreeEntry.link("etc/systemd/system/old.service", EntryKind.MASK, "/dev/null"),
                TreeEntry.dropIn("etc/systemd/system/ssh.service.d/overrides.conf", "[Service]\nNice=5\n",
                        "/lib/systemd/system/ssh.service"),
                TreeEntry.file("etc/stead/scripts/web-start", EntryKind.SCRIPT, "#!/bin/bash\ntrue\n", 0755),
                TreeEntry.file("etc/ssh/authorized_keys.d/root", EntryKind.ETC_FILE, "ssh-ed25519 AAAA\n", 0444),
                TreeEntry.file("etc/motd", EntryKind.ETC_FILE, motd, 0644)));
    }

    @Test
    void writesFilesLinksModesAndTheManifest() throws Exception {
        Path dir = temp.resolve("system");
        WrittenTree written = writer.write(sample("hello\n"), dir);
        assertEquals(dir, written.directory());
        assertEquals("hello\n", Files.readString(dir.resolve("etc/motd")));
        assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("etc/stead/scripts/web-start"))));
        assertEquals("r--r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("etc/ssh/authorized_keys.d/root"))));
        assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("etc/ssh"))));
        assertEquals(Path.of("../web.service"),
                Files.readSymbolicLink(dir.resolve("etc/systemd/system/multi-user.target.wants/web.service")));
        assertEquals(Path.of("/dev/null"), Files.readSymbolicLink(dir.resolve("etc/systemd/system/old.service")));
        assertEquals(TreeManifest.of(sample("hello\n")).json(), Files.readString(dir.resolve("stead-manifest.json")));
        assertEquals(TreeManifest.of(sample("hello\n")).hash(), written.hash());
        assertEquals(List.of("system"), siblings());
    }

    @Test
    void theSameTreeGivesByteIdenticalFiles() throws Exception {
        writer.write(sample("same\n"), temp.resolve("a"));
        writer.write(sample("same\n"), temp.resolve("b"));
        try (Stream<Path> files = Files.walk(temp.resolve("a"))) {
            for (Path a : files.toList()) {
                Path b = temp.resolve("b").resolve(temp.resolve("a").relativize(a));
                if (Files.isSymbolicLink(a)) {
                    assertEquals(Files.readSymbolicLink(a), Files.readSymbolicLink(b));
                } else if (Files.isRegularFile(a)) {
                    assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), a.toString());
                    assertEquals(Files.getPosixFilePermissions(a), Files.getPosixFilePermissions(b));
                }
            }
        }
    }

    @Test
    void replacesAPreviousSteadTree() throws Exception {
        Path dir = temp.resolve("system");
        List<TreeEntry> first = new ArrayList<>(sample("first\n").entries());
        first.add(TreeEntry.file("etc/leftover/file", EntryKind.ETC_FILE, "only in the first build\n", 0644));
        writer.write(SystemTree.of(first), dir);
        WrittenTree second = writer.write(sample("second\n"), dir);
        assertEquals("second\n", Files.readString(dir.resolve("etc/motd")));
        assertFalse(Files.exists(dir.resolve("etc/leftover")), "the old tree is replaced, not merged");
        assertEquals(TreeManifest.of(sample("second\n")).hash(), second.hash());
        assertEquals(List.of("system"), siblings());
    }

    @Test
    void refusesToReplaceATreeHoldingFilesItDidNotWrite() throws Exception {
        // `stead build out/host.yaml -o out` deleted host.yaml with the tree it replaced
        Path dir = temp.resolve("system");
        writer.write(sample("first\n"), dir);
        Files.writeString(dir.resolve("host.yaml"), "networking.hostName: keep\n");
        Files.createDirectories(dir.resolve("etc/notes"));
        Files.writeString(dir.resolve("etc/notes/todo"), "keep me too");
        TreeWriteException e = assertThrows(TreeWriteException.class, () -> writer.write(sample("second\n"), dir));
        assertEquals(dir + " holds files that Stead did not write (etc/notes/, host.yaml); refusing to replace"
                + " it: move them out of the tree, or build elsewhere", sortedNames(e.getMessage()));
        assertEquals("networking.hostName: keep\n", Files.readString(dir.resolve("host.yaml")));
        assertEquals("keep me too", Files.readString(dir.resolve("etc/notes/todo")));
        assertEquals("first\n", Files.readString(dir.resolve("etc/motd")));
        assertEquals(List.of("system"), siblings());
    }

    /** The message with the names in its parentheses sorted: a directory lists in no set order. */
    private static String sortedNames(String message) {
        int open = message.indexOf('(');
        int close = message.indexOf(')');
        return message.substring(0, open + 1)
                + String.join(", ", Stream.of(message.substring(open + 1, close).split(", ")).sorted().toList())
                + message.substring(close);
    }

    @Test
    void refusesToReplaceADirectoryThatIsNotASteadTree() throws Exception {
        Path dir = temp.resolve("home");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("precious"), "keep me");
        TreeWriteException e = assertThrows(TreeWriteException.class, () -> writer.write(sample("x\n"), dir));
        assertEquals(dir + " exists and is not a Stead tree (it has no stead-manifest.json); refusing to replace it",
                e.getMessage());
        assertEquals("keep me", Files.readString(dir.resolve("precious")));
        Path file = temp.resolve("file");
        Files.writeString(file, "a file");
        assertEquals(file + " exists and is not a Stead tree (it is not a directory); refusing to replace it",
                assertThrows(TreeWriteException.class, () -> writer.write(sample("x\n"), file)).getMessage());
        Path manifestOnlyByName = temp.resolve("fake");
        Files.createDirectories(manifestOnlyByName);
        Files.writeString(manifestOnlyByName.resolve("stead-manifest.json"), "not json");
        assertEquals(manifestOnlyByName + " exists and is not a Stead tree (its stead-manifest.json is not a manifest"
                + " Stead wrote); refusing to replace it", assertThrows(TreeWriteException.class,
                        () -> writer.write(sample("x\n"), manifestOnlyByName)).getMessage());
    }

    @Test
    void refusesALinkToATreeNamingItAsALink() throws Exception {
        // the new tree would replace the link, not the tree; "it has no manifest" was wrong
        Path tree = temp.resolve("system");
        writer.write(sample("x\n"), tree);
        Path link = Files.createSymbolicLink(temp.resolve("current"), tree);
        assertEquals(link + " exists and is not a Stead tree (it is a symbolic link; name the directory itself);"
                + " refusing to replace it", assertThrows(TreeWriteException.class,
                        () -> writer.write(sample("y\n"), link)).getMessage());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("x\n", Files.readString(tree.resolve("etc/motd")));
    }

    @Test
    void aFailedWriteLeavesThePreviousTreeAndNoHalfWrittenOne() throws Exception {
        Path dir = temp.resolve("system");
        writer.write(sample("good\n"), dir);
        SystemTree broken = SystemTree.of(List.of(
                TreeEntry.file("etc/a", EntryKind.ETC_FILE, "a\n", 0644),
                TreeEntry.file("etc/../../outside", EntryKind.ETC_FILE, "escape\n", 0644)));
        assertThrows(TreeWriteException.class, () -> writer.write(broken, dir));
        assertEquals("good\n", Files.readString(dir.resolve("etc/motd")));
        assertEquals(List.of("system"), siblings());
        assertFalse(Files.exists(temp.resolve("outside"), LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void whatAnInterruptedWriteLeftIsDeletedByTheNext() throws Exception {
        // a write killed while writing leaves its .new-* copy, one killed while swapping an
        // .old-* copy too: whole trees, which nothing else would ever delete
        Path dir = temp.resolve("system");
        writer.write(sample("one\n"), dir);
        Files.createDirectories(temp.resolve(".system.new-123/etc"));
        Files.writeString(temp.resolve(".system.new-123/etc/motd"), "half\n");
        writer.write(sample("zero\n"), temp.resolve(".system.old-456")); // (an old tree: it has a manifest)
        Files.writeString(temp.resolve(".system.new-file"), "a file, not a write's directory");
        Files.createDirectories(temp.resolve(".systems.new-789"));
        // a user's directories of names near a write's: not made by Stead, so not Stead's to delete
        Files.createDirectories(temp.resolve(".system.new-backup"));
        Files.createDirectories(temp.resolve(".system.old-2023"));
        Files.writeString(temp.resolve(".system.old-2023/notes"), "mine\n");
        writer.write(sample("two\n"), dir);
        assertEquals("two\n", Files.readString(dir.resolve("etc/motd")));
        assertEquals(List.of(".system.new-backup", ".system.new-file", ".system.old-2023", ".systems.new-789", "system"),
                siblings(), "only what a write to this tree names its own is deleted");
    }

    @Test
    void aDotDotAfterALinkGoesUpFromWhereTheLinkLeadsAsTheKernelReadsIt() throws Exception {
        // lk/../out was normalised to out, beside lk, where the kernel writes deep/out
        Files.createDirectories(temp.resolve("deep/x"));
        Files.createSymbolicLink(temp.resolve("lk"), Path.of("deep/x"));
        WrittenTree written = writer.write(sample("one\n"), temp.resolve("lk/../out"));
        assertEquals(temp.toRealPath().resolve("deep/out"), written.directory());
        assertEquals("one\n", Files.readString(temp.resolve("deep/out/etc/motd")));
        assertFalse(Files.exists(temp.resolve("out")));
    }

    @Test
    void aPreviousTreePutBackAfterAnInterruptedWriteIsSaid() throws Exception {
        // a write killed between its two renames left no tree but its .old-*: the next put it back
        // without a word
        Path dir = temp.resolve("system");
        writer.write(sample("one\n"), dir);
        Files.move(dir, temp.resolve(".system.old-123"));
        WrittenTree written = writer.write(sample("two\n"), dir);
        assertEquals(List.of("put back the previous tree at " + dir + ", which an interrupted write had left at "
                + temp.resolve(".system.old-123")), written.notes());
        assertEquals("two\n", Files.readString(dir.resolve("etc/motd")));
        assertEquals(List.of(), writer.write(sample("three\n"), dir).notes(), "and nothing when there is nothing to say");
    }

    @Test
    void aTreeNameWithGlobCharactersTouchesOnlyItsOwnLeftovers() throws Exception {
        // ".a?.new-*" read as a glob deleted another tree's write in progress, .ab.new-123
        Path dir = temp.resolve("a?");
        Files.createDirectories(temp.resolve(".ab.new-123/etc"));
        writer.write(sample("one\n"), dir);
        writer.write(sample("two\n"), dir);
        assertEquals(List.of(".ab.new-123", "a?"), siblings());
    }

    @Test
    void aPreviousTreeWithAFileChangedSinceItWasWrittenIsRefused() throws Exception {
        // the manifest's hashes were not compared: an edit by hand was silently replaced
        Path dir = temp.resolve("system");
        writer.write(sample("first\n"), dir);
        Files.writeString(dir.resolve("etc/motd"), "first\n# my edit\n");
        Files.delete(dir.resolve("etc/systemd/system/old.service"));
        Files.createSymbolicLink(dir.resolve("etc/systemd/system/old.service"), Path.of("/lib/systemd/system/old.service"));
        TreeWriteException e = assertThrows(TreeWriteException.class, () -> writer.write(sample("second\n"), dir));
        String message = e.getMessage();
        assertTrue(message.startsWith(dir + " holds files that Stead did not write ("), message);
        assertTrue(message.contains("etc/motd (changed since Stead wrote it)"), message);
        assertTrue(message.contains("etc/systemd/system/old.service (changed since Stead wrote it)"), message);
        assertTrue(message.endsWith("); refusing to replace it: move them out of the tree, or build elsewhere"), message);
        assertEquals("first\n# my edit\n", Files.readString(dir.resolve("etc/motd")));
    }

    @Test
    void aLockFileSteadDidNotMakeIsRefusedNotFollowedOrWaitedOn() throws Exception {
        // a link there had the lock made where it led; a pipe hung the build; a user's file was deleted
        Path dir = temp.resolve("system");
        Path lock = temp.resolve(".system.lock");
        Files.writeString(lock, "my notes\n");
        assertTrue(assertThrows(TreeWriteException.class, () -> writer.write(sample("x\n"), dir)).getMessage()
                .endsWith(lock + ": is not a lock file Stead made (it has content); move it away"));
        assertEquals("my notes\n", Files.readString(lock));
        Files.delete(lock);
        Files.createSymbolicLink(lock, temp.resolve("elsewhere"));
        assertTrue(assertThrows(TreeWriteException.class, () -> writer.write(sample("x\n"), dir)).getMessage()
                .endsWith(lock + ": is not a lock file Stead made (a symbolic link); move it away"));
        assertFalse(Files.exists(temp.resolve("elsewhere")));
        Files.delete(lock);
        assertEquals(0, new ProcessBuilder("mkfifo", lock.toString()).start().waitFor());
        assertTrue(assertThrows(TreeWriteException.class, () -> writer.write(sample("x\n"), dir)).getMessage()
                .endsWith(lock + ": is not a lock file Stead made (not a regular file); move it away"));
        Files.delete(lock);
        Files.createFile(lock); // an empty one, as a killed write leaves: taken, and deleted after
        writer.write(sample("x\n"), dir);
        assertEquals(List.of("system"), siblings());
    }

    @Test
    void aWriteWaitsForAnotherProcesssWriteAndLeavesNoLockFileBehind() throws Exception {
        Path dir = temp.resolve("system");
        Process holder = probe("hold", dir);
        try {
            assertEquals("locked", new BufferedReader(new InputStreamReader(holder.getInputStream(),
                    StandardCharsets.UTF_8)).readLine());
            CompletableFuture<Void> write = CompletableFuture.runAsync(() -> {
                try (InterruptedWrites mine = InterruptedWrites.lock(dir)) {
                    // the other process deleted the file this one waited on when it was done:
                    // holding the lock is holding it on the file now at the lock's path
                    assertEquals("held\n", new String(probe("try", dir).getInputStream().readAllBytes(),
                            StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            awaitOpened(dir.resolveSibling(".system.lock"));
            holder.getOutputStream().close(); // lets the holder finish its write
            write.get(60, TimeUnit.SECONDS);
        } finally {
            holder.destroyForcibly();
        }
        assertEquals(0, holder.waitFor());
        writer.write(sample("x\n"), dir);
        assertEquals(List.of("system"), siblings(), "the lock file goes with the write that made it");
    }

    /** Waits until this process has the file open: the write then waits on that file's lock. */
    private static void awaitOpened(Path file) throws Exception {
        for (int i = 0; i < 6000; i++) {
            try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
                if (fds.anyMatch(fd -> {
                    try {
                        return Files.readSymbolicLink(fd).equals(file);
                    } catch (IOException e) {
                        return false; // closed meanwhile
                    }
                })) {
                    return;
                }
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the write never opened " + file);
    }

    /** Runs {@link LockProbe} in a process of its own, as another build would. */
    private static Process probe(String mode, Path dir) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String path = System.getProperty("jdk.module.path", "") + File.pathSeparator
                + System.getProperty("java.class.path", "");
        return new ProcessBuilder(java, "-cp", path, LockProbe.class.getName(), mode, dir.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    @Test
    void aTreeLeftAsideByAWriteKilledBetweenItsTwoRenamesIsPutBack() throws Exception {
        // killed after the previous tree was moved aside and before the new one was moved in:
        // no tree at all, the previous one only as .old-*; a write that then fails keeps it
        Path dir = temp.resolve("system");
        writer.write(sample("previous\n"), dir);
        Files.move(dir, temp.resolve(".system.old-1"));
        Files.createDirectories(temp.resolve(".system.new-2/etc"));
        SystemTree broken = SystemTree.of(List.of(
                TreeEntry.file("etc/../../outside", EntryKind.ETC_FILE, "escape\n", 0644)));
        assertThrows(TreeWriteException.class, () -> writer.write(broken, dir));
        assertEquals("previous\n", Files.readString(dir.resolve("etc/motd")));
        assertEquals(List.of("system"), siblings());
    }

    @Test
    void aFailedWriteSaysWhatWentWrongInWordsNotTheJdksExceptionName() throws Exception {
        Path file = Files.writeString(temp.resolve("file"), "a file");
        TreeWriteException e = assertThrows(TreeWriteException.class,
                () -> writer.write(sample("x\n"), file.resolve("system")));
        assertEquals("cannot write the system tree to " + file.resolve("system") + ": " + file + ": not a directory",
                e.getMessage());
        assertEquals("/srv/.out.new-1: permission denied",
                IoProblem.of(new java.nio.file.AccessDeniedException("/srv/.out.new-1")));
        assertEquals("/srv/.out.new-1: Read-only file system",
                IoProblem.of(new java.nio.file.FileSystemException("/srv/.out.new-1", null, "Read-only file system")));
        assertEquals("/proc/.x.new-1: no such file or directory",
                IoProblem.of(new java.nio.file.NoSuchFileException("/proc/.x.new-1")));
    }

    @Test
    void createsMissingParents() {
        Path dir = temp.resolve("deep/er/system");
        writer.write(sample("x\n"), dir);
        assertTrue(TreeWriter.isSteadTree(dir));
    }

    private List<String> siblings() throws Exception {
        try (Stream<Path> entries = Files.list(temp)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
