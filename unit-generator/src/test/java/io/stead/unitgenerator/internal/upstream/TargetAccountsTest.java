package io.stead.unitgenerator.internal.upstream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stead.unitgenerator.testkit.FakeTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The target's users and groups, read as systemd-sysusers reads its files. */
class TargetAccountsTest {
    @TempDir
    Path root;

    @AfterEach
    void removeLinksOutOfTheTempDirectory() throws Exception {
        Files.deleteIfExists(root.resolve("lib"));
    }

    @Test
    void aFileOfEtcHidesTheFileOfItsNameInUsrLibAndTheBuildsOwnFileIsNotRead() {
        new FakeTarget(root)
                .file("/usr/lib/sysusers.d/a.conf", "g hidden -\n")
                .file("/usr/local/lib/sysusers.d/a.conf", "g local -\n")
                .link("/etc/sysusers.d/b.conf", "/dev/null")
                .file("/usr/lib/sysusers.d/b.conf", "g masked -\n")
                .file("/usr/lib/sysusers.d/stead.conf", "g replaced -\n")
                .file("/usr/lib/sysusers.d/c.conf.disabled", "g ignored -\n");
        TargetAccounts accounts = TargetAccounts.read(new TargetRoot(root), "stead.conf");
        assertEquals(List.of("local"), Stream.of("hidden", "local", "masked", "replaced", "ignored")
                .filter(accounts::hasGroup).toList());
    }

    @Test
    void readsTheFieldsAsSysusersSplitsThem() {
        new FakeTarget(root).file("/usr/lib/sysusers.d/a.conf", """
                # u commented - - -
                  u   "quoted"  -  "A \\"quoted\\" user" /home/q
                u 'other'\t7:users
                u %m-user - -
                r - 500-900
                """);
        TargetAccounts accounts = TargetAccounts.read(new TargetRoot(root), "stead.conf");
        assertEquals(List.of("quoted", "other"), Stream.of("commented", "quoted", "other", "%m-user")
                .filter(accounts::hasUser).toList());
        // a uid:group line makes no group of the user's name
        assertEquals(List.of("quoted"), Stream.of("quoted", "other").filter(accounts::hasGroup).toList());
    }

    @Test
    void aUsersOwnGroupIsFoundForTheBuildsUsersOnlyIfItIsMadeBeforeThem() {
        new FakeTarget(root)
                .file("/usr/lib/sysusers.d/dbus.conf", "u messagebus -\n")
                .file("/usr/lib/sysusers.d/systemd-timesync.conf", "u systemd-timesync -\n")
                .file("/etc/group", "systemd-network:x:998:\n")
                .file("/usr/lib/sysusers.d/systemd-network.conf", "u systemd-network -\n")
                .file("/usr/lib/sysusers.d/basic.conf", "m lp lpadmin\n");
        TargetAccounts accounts = TargetAccounts.read(new TargetRoot(root), "stead.conf");
        assertEquals(List.of("messagebus", "systemd-network"),
                Stream.of("messagebus", "systemd-timesync", "systemd-network")
                        .filter(accounts::hasGroupBeforeOwnFile).toList());
        assertEquals(Optional.of("/usr/lib/sysusers.d/systemd-timesync.conf"),
                accounts.groupMadeAfterOwnFile("systemd-timesync"));
        assertEquals(Optional.empty(), accounts.groupMadeAfterOwnFile("systemd-network"));
        // a user only an m line names is made after every u line's; the m line's group before all
        assertEquals(Optional.of("/usr/lib/sysusers.d/basic.conf"), accounts.groupMadeAfterOwnFile("lp"));
        assertTrue(accounts.hasGroupBeforeOwnFile("lpadmin"));
    }
}
