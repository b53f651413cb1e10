package io.stead.unitgenerator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.stead.unitgenerator.testkit.AccountsTarget;
import io.stead.unitgenerator.testkit.BaseModules;
import io.stead.unitgenerator.testkit.FakeTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user, group or member that users and groups name, which systemd-sysusers would make or fail
 * on if it were missing, stops the build unless the configuration or the target has it.
 */
class AccountReferenceProblemsTest {
    private static final String NO_GROUP = " is neither a group of users.groups nor one of the target (in its"
            + " /etc/group or made by its sysusers.d files): ";
    private static final String NO_USER = " is neither a user of users.users nor one of the target (in its"
            + " /etc/passwd or made by its sysusers.d files): ";

    @TempDir
    Path root;

    @AfterEach
    void removeLinksOutOfTheTempDirectory() throws Exception {
        Files.deleteIfExists(root.resolve("lib"));
    }

    private List<String> problems(Map<String, ?> config) {
        return assertThrows(BuildException.class, () -> build(config)).problems();
    }

    private void build(Map<String, ?> config) {
        Map<String, Object> onTarget = new HashMap<>(config);
        onTarget.put("system.root", root.toString());
        new SystemTreeBuilder().build(BaseModules.evaluate(onTarget));
    }

    @Test
    void aPrimaryGroupThatNoOneMakesIsRefused() {
        // sysusers: "Group nogroupdefined not found.", and no user a
        AccountsTarget.of(root);
        assertEquals(List.of("'users.users.a.group': 'nogroupdefined'" + NO_GROUP + "systemd-sysusers would skip the"
                        + " user (\"Group nogroupdefined not found.\"). Define users.groups.nogroupdefined, or name a"
                        + " group the target has."),
                problems(Map.of("users.users.a.group", "nogroupdefined")));
    }

    @Test
    void aPrimaryGroupMadeOnlyAfterTheBuildsUsersIsRefused() {
        // sysusers finds the group of a user's own name only once it made that user
        AccountsTarget.of(root);
        String later = "' is made with the user of that name, by the target's /usr/lib/sysusers.d/%s, only after"
                + " systemd-sysusers created the users of /etc/sysusers.d/stead.conf: it would skip the user"
                + " (\"Group %s not found.\"). Define users.groups.%s.";
        assertEquals(List.of(
                        "'users.users.a.group': 'systemd-timesync" + later.formatted("systemd-timesync.conf",
                                "systemd-timesync", "systemd-timesync"),
                        // a user only an m line names is made after every u line's (basic.conf: "m lp lpadmin")
                        "'users.users.b.group': 'lp" + later.formatted("basic.conf", "lp", "lp")),
                problems(Map.of("users.users.a.group", "systemd-timesync", "users.users.b.group", "lp")));
        build(Map.of("users.users.a.group", "systemd-timesync", "users.groups.systemd-timesync", Map.of()));
    }

    @Test
    void aMemberThatIsNoUserIsRefused() {
        // sysusers: "Creating group 'typo'... Creating user 'typo' (n/a)": a typo made an account
        AccountsTarget.of(root);
        assertEquals(List.of("'users.groups.g.members': 'typo'" + NO_USER + "systemd-sysusers would create a user"
                        + " 'typo', with a group of its own, to make it a member of 'g'. Define users.users.typo, or"
                        + " name a user the target has."),
                problems(Map.of("users.users.alice", Map.of(), "users.groups.g.members",
                        // of the configuration, of /etc/passwd, of a u line, of an m line
                        List.of("alice", "typo", "root", "sshd", "messagebus", "systemd-timesync", "lp", "typo"))));
    }

    @Test
    void anExtraGroupThatIsAUsersNameWithAnotherGroupIsRefused() {
        AccountsTarget.of(root);
        String fix = " Define users.groups.%s, or name a group the target has.";
        // an m line's group that nothing makes, and that is no user's line to make, sysusers
        // creates, as NixOS has wheel: extraGroups: [wheel] of a configuration written for
        // NixOS builds (also sshd, a user of /etc/passwd whose group is nogroup)
        assertEquals(List.of(
                // a user's name, of the configuration or of a u line, is that user's line to make
                "'users.users.alice.extraGroups': 'builder'" + NO_GROUP + "the user 'builder' has another primary"
                        + " group, so systemd-sysusers would make no group 'builder' and leave 'alice' out of it."
                        + fix.formatted("builder"),
                "'users.users.alice.extraGroups': '_apt'" + NO_GROUP + "the user '_apt' has another primary"
                        + " group, so systemd-sysusers would make no group '_apt' and leave 'alice' out of it."
                        + fix.formatted("_apt")),
                problems(Map.of("users.users.builder.group", "users", "users.users.zed", Map.of(),
                        "users.groups.g", Map.of(), "users.users.alice.extraGroups", List.of("wheel", "users", "g",
                                "zed", "sshd", "adm", "messagebus", "systemd-timesync", "lpadmin", "lp",
                                "builder", "_apt"))));
    }

    @Test
    void groupsAndUsersOfTheConfigurationOrOfTheTargetAreTaken() {
        AccountsTarget.of(root);
        // a number is a gid, which sysusers takes as it is ("u alice 1001:100")
        build(Map.of("users.users.alice", Map.of("uid", 1001, "group", "100")));
        build(Map.of("users.users", Map.of(
                        "a", Map.of("group", "users"),             // /etc/group
                        "b", Map.of("group", "adm"),               // a g line
                        "c", Map.of("group", "messagebus"),        // a u line read before stead.conf
                        "d", Map.of("group", "lpadmin"),           // an m line's group
                        "e", Map.of("group", "g"),                 // users.groups
                        "builder", Map.of("group", "zed"),         // a user's own group, written before
                        "zed", Map.of(),
                        "web", Map.of("group", "web")),            // its own name
                "users.groups.g.members", List.of("a", "root", "daemon", "lp")));
    }

    @Test
    void theTargetIsReadNotTheMachineThatBuilds() {
        // this machine's /etc/group has "users"; the target has no /etc/group at all
        new FakeTarget(root);
        assertEquals(List.of("'users.users.a.group': 'users'" + NO_GROUP + "systemd-sysusers would skip the user"
                        + " (\"Group users not found.\"). Define users.groups.users, or name a group the target has."),
                problems(Map.of("users.users.a.group", "users")));
    }

    @Test
    void aFormerBuildsFileOnTheTargetCountsForNothing() {
        // the build replaces /etc/sysusers.d/stead.conf: what the former one made is not made again
        AccountsTarget.of(root);
        assertEquals(List.of("'users.users.a.group': 'stale'" + NO_GROUP + "systemd-sysusers would skip the user"
                                + " (\"Group stale not found.\"). Define users.groups.stale, or name a group the target"
                                + " has.",
                        "'users.groups.g.members': 'former'" + NO_USER + "systemd-sysusers would create a user"
                                + " 'former', with a group of its own, to make it a member of 'g'. Define"
                                + " users.users.former, or name a user the target has."),
                problems(Map.of("users.users.a.group", "stale", "users.groups.g.members", List.of("former"))));
    }
}
