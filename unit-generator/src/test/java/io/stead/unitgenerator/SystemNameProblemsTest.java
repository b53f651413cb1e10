package io.stead.unitgenerator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.stead.unitgenerator.testkit.BaseModules;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Names and numbers that systemd (sysusers, the host name) would refuse or change stop the build. */
class SystemNameProblemsTest {

    private static List<String> problems(Map<String, ?> config) {
        return assertThrows(BuildException.class, () -> new SystemTreeBuilder().build(BaseModules.evaluate(config)))
                .problems();
    }

    @Test
    void aNameSysusersDoesNotTakeIsRefused() {
        // sysusers skips such a line ("not a valid user name"), so the user would not exist
        String rule = " name that systemd-sysusers takes (letters, digits, '_' and '-', beginning with a letter or"
                + " '_', at most 31 characters): it would skip the ";
        assertEquals(List.of(
                "'users.users.-x': '-x' is not a user" + rule + "user.",
                "'users.users.1abc': '1abc' is not a user" + rule + "user.",
                "'users.users.\"app.user\"': 'app.user' is not a user" + rule + "user.",
                "'users.groups.g.name': '" + "g".repeat(32) + "' is not a group" + rule + "group."),
                problems(Map.of("users.users", Map.of("1abc", Map.of(), "\"app.user\"", Map.of(), "-x", Map.of(),
                                "_ok-Name9", Map.of(), "a".repeat(31), Map.of()),
                        "users.groups.g.name", "g".repeat(32))));
    }

    @Test
    void anIdSysusersDoesNotTakeOrTwoUsersWithOneIdAreRefused() {
        assertEquals(List.of(
                "'users.users.bob.uid': 1000 is 'users.users.alice.uid' too: each user needs a uid of its own"
                        + " (systemd-sysusers would give this one another).",
                "'users.users.carol.uid': -1 is not a uid that systemd-sysusers takes (0 to 4294967294, except 65535).",
                "'users.users.dave.uid': 65535 is not a uid that systemd-sysusers takes (0 to 4294967294, except"
                        + " 65535).",
                "'users.users.erin.uid': 4294967295 is not a uid that systemd-sysusers takes (0 to 4294967294,"
                        + " except 65535).",
                "'users.groups.g2.gid': 2000 is 'users.groups.g1.gid' too: each group needs a gid of its own"
                        + " (systemd-sysusers would give this one another)."),
                problems(Map.of("users.users", Map.of("alice", Map.of("uid", 1000), "bob", Map.of("uid", 1000),
                                "carol", Map.of("uid", -1), "dave", Map.of("uid", 65535),
                                "erin", Map.of("uid", 4294967295L), "frank", Map.of("uid", 0), "gus", Map.of()),
                        // a group may share its number with a user, as a user's own group does
                        "users.groups", Map.of("g1", Map.of("gid", 2000), "g2", Map.of("gid", 2000),
                                "g3", Map.of("gid", 1000)))));
    }

    @Test
    void aHostNameWithAnUnderscoreIsRefused() {
        // NixOS's type takes it; systemd does not ("Host name foo_bar is not valid")
        assertEquals(List.of("'networking.hostName': 'foo_bar': systemd refuses a host name with '_' (letters, digits"
                + " and '-' only), and the host would keep its name."), problems(Map.of("networking.hostName", "foo_bar")));
        new SystemTreeBuilder().build(BaseModules.evaluate(Map.of("networking.hostName", "foo-bar")));
    }
}
