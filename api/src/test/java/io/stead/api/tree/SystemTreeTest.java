package io.stead.api.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SystemTreeTest {

    @Test
    void entriesAreSortedByPathWhateverTheirOrder() {
        TreeEntry b = TreeEntry.file("etc/b", EntryKind.ETC_FILE, "b\n", 0644);
        TreeEntry a = TreeEntry.link("etc/a", EntryKind.LINK, "/dev/null");
        SystemTree tree = SystemTree.of(List.of(b, a));
        assertEquals(List.of(a, b), List.copyOf(tree.entries()));
        assertEquals(SystemTree.of(List.of(a, b)), tree);
        assertEquals(a, tree.get("etc/a").orElseThrow());
        assertTrue(tree.get("etc/c").isEmpty());
    }

    @Test
    void onePathHoldsOneEntry() {
        TreeEntry one = TreeEntry.file("etc/x", EntryKind.ETC_FILE, "1", 0644);
        TreeEntry other = TreeEntry.file("etc/x", EntryKind.ETC_FILE, "2", 0644);
        assertEquals(1, SystemTree.of(List.of(one, one)).entries().size(), "the same entry twice is one");
        assertThrows(IllegalArgumentException.class, () -> SystemTree.of(List.of(one, other)));
    }

    @Test
    void entriesAreRelativeAndEitherFilesOrLinks() {
        assertThrows(IllegalArgumentException.class, () -> TreeEntry.file("/etc/x", EntryKind.ETC_FILE, "", 0644));
        assertThrows(IllegalArgumentException.class,
                () -> new TreeEntry("etc/x", EntryKind.LINK, "text", "/target", 0, null));
        TreeEntry dropIn = TreeEntry.dropIn("etc/systemd/system/ssh.service.d/overrides.conf", "[Service]\n",
                "/lib/systemd/system/ssh.service");
        assertEquals(EntryKind.DROP_IN, dropIn.kind());
        assertEquals("/lib/systemd/system/ssh.service", dropIn.customises());
    }
}
