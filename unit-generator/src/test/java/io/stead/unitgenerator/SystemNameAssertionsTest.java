package io.stead.unitgenerator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.stead.api.Config;
import io.stead.unitgenerator.testkit.BaseModules;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Names and numbers that systemd (sysusers, hostnamed) would refuse or change fail assertions. */
class SystemNameAssertionsTest {

    private static List<String> failed(Map<String, ?> config) {
        Config system = BaseModules.evaluate(config);
        return system.list("assertions").stream().map(Map.class::cast)
                .filter(a -> Boolean.FALSE.equals(a.get("assertion"))).map(a -> (String) a.get("message")).toList();
    }

    @Test
    void aNameSysusersDoesNotTakeFailsAnAssertion() {
        // sysusers skips such a line ("not a valid user name"), so the user would not exist
        assertEquals(List.of(
                "'users.users.-x.name' is '-x': systemd-sysusers takes a user name of letters, digits, '_' and '-',"
                        + " beginning with a letter or '_', of at most 31 characters",
                "'users.users.1abc.name' is '1abc': systemd-sysusers takes a user name of letters, digits, '_' and"
                        + " '-', beginning with a letter or '_', of at most 31 characters",
                "'users.users.\"app.user\".name' is 'app.user': systemd-sysusers takes a user name of letters,"
                        + " digits, '_' and '-', beginning with a letter or '_', of at most 31 characters",
                "'users.groups.g.name' is '" + "g".repeat(32) + "': systemd-sysusers takes a group name of letters,"
                        + " digits, '_' and '-', beginning with a letter or '_', of at most 31 characters"),
                failed(Map.of("users.users", Map.of("1abc", Map.of(), "\"app.user\"", Map.of(), "-x", Map.of(),
                                "_ok-Name9", Map.of(), "a".repeat(31), Map.of()),
                        "users.groups.g.name", "g".repeat(32))));
    }

    @Test
    void anIdSysusersDoesNotTakeOrTwoUsersWithOneIdFailAnAssertion() {
        assertEquals(List.of(
                "'users.users.bob.uid' is 1000, as 'users.users.alice.uid' is: each user needs a uid of its own"
                        + " (systemd-sysusers would give the second another)",
                "'users.users.carol.uid' is -1: systemd-sysusers takes a uid from 0 to 4294967294, except 65535",
                "'users.users.dave.uid' is 65535: systemd-sysusers takes a uid from 0 to 4294967294, except 65535",
                "'users.users.erin.uid' is 4294967295: systemd-sysusers takes a uid from 0 to 4294967294, except"
                        + " 65535",
                "'users.groups.g2.gid' is 2000, as 'users.groups.g1.gid' is: each group needs a gid of its own"
                        + " (systemd-sysusers would give the second another)"),
                failed(Map.of("users.users", Map.of("alice", Map.of("uid", 1000), "bob", Map.of("uid", 1000),
                                "carol", Map.of("uid", -1), "dave", Map.of("uid", 65535),
                                "erin", Map.of("uid", 4294967295L), "frank", Map.of("uid", 0), "gus", Map.of()),
                        // a group may share its number with a user, as a user's own group does
                        "users.groups", Map.of("g1", Map.of("gid", 2000), "g2", Map.of("gid", 2000),
                                "g3", Map.of("gid", 1000)))));
    }

    @Test
    void aHostNameWithAnUnderscoreFailsAnAssertion() {
        // NixOS's type takes it; systemd does not ("Host name foo_bar is not valid")
        assertEquals(List.of("'networking.hostName' is 'foo_bar': systemd refuses a host name with '_' (letters,"
                + " digits and '-' only)"), failed(Map.of("networking.hostName", "foo_bar")));
        assertEquals(List.of(), failed(Map.of("networking.hostName", "foo-bar")));
    }
}
