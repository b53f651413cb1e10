package io.stead.unitgenerator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.stead.api.tree.EntryKind;
import io.stead.api.tree.SystemTree;
import io.stead.api.tree.TreeEntry;
import io.stead.testkit.systemd.Processes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TreeManifestTest {

    @Test
    void listsEveryEntryWithKindAndHashOrTarget() {
        SystemTree tree = SystemTree.of(List.of(
                TreeEntry.dropIn("etc/systemd/system/ssh.service.d/overrides.conf", "[Service]\nNice=5\n",
                        "/lib/systemd/system/ssh.service"),
                TreeEntry.link("etc/systemd/system/old.service", EntryKind.MASK, "/dev/null"),
                TreeEntry.file("etc/motd", EntryKind.ETC_FILE, "hi\n", 0644)));
        assertEquals("""
                {
                  "format" : 1,
                  "entries" : [
                    {
                      "path" : "etc/motd",
                      "kind" : "etc-file",
                      "mode" : "0644",
                      "sha256" : "98ea6e4f216f2fb4b69fff9b3a44842c38686ca685f3f55dc48c5d3fb1107be4"
                    },
                    {
                      "path" : "etc/systemd/system/old.service",
                      "kind" : "mask",
                      "target" : "/dev/null"
                    },
                    {
                      "path" : "etc/systemd/system/ssh.service.d/overrides.conf",
                      "kind" : "drop-in",
                      "mode" : "0644",
                      "sha256" : "%s",
                      "customises" : "/lib/systemd/system/ssh.service"
                    }
                  ]
                }
                """.formatted(sha256sum("[Service]\nNice=5\n")), TreeManifest.of(tree).json());
    }

    @Test
    void theHashIsTheSha256OfTheManifestAndChangesWithAnyFile() {
        SystemTree a = SystemTree.of(List.of(TreeEntry.file("etc/motd", EntryKind.ETC_FILE, "a\n", 0644)));
        SystemTree b = SystemTree.of(List.of(TreeEntry.file("etc/motd", EntryKind.ETC_FILE, "b\n", 0644)));
        SystemTree c = SystemTree.of(List.of(TreeEntry.file("etc/motd", EntryKind.ETC_FILE, "a\n", 0600)));
        assertEquals(sha256sum(TreeManifest.of(a).json()), TreeManifest.of(a).hash());
        assertNotEquals(TreeManifest.of(a).hash(), TreeManifest.of(b).hash());
        assertNotEquals(TreeManifest.of(a).hash(), TreeManifest.of(c).hash());
    }

    private static String sha256sum(String text) {
        try {
            Path file = Files.createTempFile("stead-manifest-test", ".txt");
            try {
                Files.writeString(file, text);
                return Processes.run("sha256sum", file.toString()).output().split(" ")[0];
            } finally {
                Files.delete(file);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
