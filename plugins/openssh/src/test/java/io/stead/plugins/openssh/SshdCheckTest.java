package io.stead.plugins.openssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stead.api.tree.SystemTree;
import io.stead.evaluator.Evaluation;
import io.stead.testkit.Golden;
import io.stead.testkit.ScratchTree;
import io.stead.plugins.openssh.testkit.SshdCheck;
import io.stead.testkit.TestSystem;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real sshd accepts what Stead writes and reads it as meant: the pre-start script of each
 * golden case makes the configured host keys and passes {@code sshd -t}; {@code sshd -T} shows
 * that the options took effect.
 */
class SshdCheckTest {
    private static final String ROOT_FROM_LOOPBACK = "user=root,host=localhost,addr=127.0.0.1";

    private final TestSystem system = new TestSystem();

    @TempDir
    Path work;

    static List<String> cases() {
        return Golden.names();
    }

    private SshdCheck.Run check(String name, String connection) {
        return check(system.evaluate(Golden.configuration(name), Golden.root(name, work)),
                Golden.forEmptyRoot(name) ? "sshd" : "ssh", connection);
    }

    private static SshdCheck.Run check(Evaluation evaluation, String service, String connection) {
        SystemTree tree = TestSystem.build(evaluation);
        try (ScratchTree written = ScratchTree.write(tree)) {
            SshdCheck.Run run = SshdCheck.run(written.directory(), service, connection);
            run.assertAccepted();
            return run;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void thePreStartScriptMakesTheHostKeysAndPassesSshdT(String name) {
        SshdCheck.Run run = check(name, ROOT_FROM_LOOPBACK);

        List<String> hostKeys = run.effective().get("hostkey");
        for (String key : hostKeys) {
            String file = Path.of(key).getFileName().toString();
            assertTrue(run.hostKeys().containsAll(List.of(file, file + ".pub")), key + " not made: " + run.hostKeys());
        }
    }

    @Test
    void theDefaultsAreNixOsDefaults() {
        SshdCheck.Run run = check("defaults", ROOT_FROM_LOOPBACK);

        assertEquals(List.of("22"), run.effective().get("port"));
        assertEquals(List.of("/etc/ssh/ssh_host_rsa_key", "/etc/ssh/ssh_host_ed25519_key"), run.effective().get("hostkey"));
        assertEquals(List.of("ssh_host_ed25519_key", "ssh_host_ed25519_key.pub", "ssh_host_rsa_key",
                "ssh_host_rsa_key.pub"), run.hostKeys());
        // sshd -T names prohibit-password by its older name
        assertEquals("without-password", run.value("permitrootlogin"));
        assertEquals("yes", run.value("passwordauthentication"));
        assertEquals("yes", run.value("kbdinteractiveauthentication"));
        assertEquals("yes", run.value("usepam"));
        assertEquals("%h/.ssh/authorized_keys /etc/ssh/authorized_keys.d/%u", run.value("authorizedkeysfile"));
        assertEquals("sftp /usr/lib/openssh/sftp-server", run.value("subsystem"));
    }

    @Test
    void everyOptionFamilyTakesEffect() {
        SshdCheck.Run run = check("hardened", ROOT_FROM_LOOPBACK);

        assertEquals(List.of("2222"), run.effective().get("port"));
        assertEquals(List.of("127.0.0.1:2222", "[::1]:2223"), run.effective().get("listenaddress"));
        assertEquals(List.of("ssh_host_ed25519_key", "ssh_host_ed25519_key.pub"), run.hostKeys());
        assertEquals("no", run.value("permitrootlogin"));
        assertEquals("no", run.value("passwordauthentication"));
        assertEquals("no", run.value("kbdinteractiveauthentication"));
        assertEquals("VERBOSE", run.value("loglevel"));
        assertEquals("curve25519-sha256", run.value("kexalgorithms"));
        assertEquals("3", run.value("maxauthtries"));
        assertEquals("no", run.value("allowtcpforwarding"));
        assertEquals(List.of("alice", "backup"), run.effective().get("allowusers"));
        assertEquals(List.of("LANG", "LC_*"), run.effective().get("acceptenv"));
        assertEquals("/etc/ssh/sshd_banner", run.value("banner"));
        assertEquals("/etc/ssh/extra_keys/%u %h/.ssh/authorized_keys /etc/ssh/authorized_keys.d/%u",
                run.value("authorizedkeysfile"));
    }

    @Test
    void turningPasswordsOffTurnsOffKeyboardInteractiveToo() {
        SshdCheck.Run run = check("keys-only", ROOT_FROM_LOOPBACK);

        assertEquals("no", run.value("passwordauthentication"));
        assertEquals("no", run.value("kbdinteractiveauthentication"));
    }

    @Test
    void extraConfigMatchBlocksApplyToTheirConnections() {
        SshdCheck.Run backup = check("hardened", "user=backup,host=client,addr=192.0.2.7");

        assertEquals("internal-sftp", backup.value("forcecommand"));
    }

    @Test
    void aHashWordThatIsWrittenIsReadBackWhole() {
        // the values with a '#' word that the formatter lets through: the commands, which keep the
        // rest of their line, and a quoted word
        SshdCheck.Run run = check(system.evaluate("""
                services.openssh.enable: true
                services.openssh.extraSettings:
                  ForceCommand: "/bin/echo a #b c"
                  AuthorizedKeysCommand: "/bin/echo %u #keys"
                  AuthorizedKeysCommandUser: nobody
                  ChrootDirectory: '"/srv/x #y"'
                """, work, Path.of("/")), "ssh", ROOT_FROM_LOOPBACK);

        assertEquals("/bin/echo a #b c", run.value("forcecommand"));
        assertEquals("/bin/echo %u #keys", run.value("authorizedkeyscommand"));
        assertEquals("/srv/x #y", run.value("chrootdirectory"));
    }

    @Test
    void listsOfKeywordsThatSshdReadsOnceAreWrittenOnOneLine() {
        // written a line each, sshd -T showed only the first element of each
        SshdCheck.Run run = check(system.evaluate("""
                services.openssh.enable: true
                services.openssh.extraSettings:
                  SetEnv: [A=b, C=d]
                  LogVerbose: ["kex.c:*:1000", "auth.c:*:*"]
                  ChannelTimeout: [session=5m, global=1h]
                  ChrootDirectory: '"=/srv/x"'
                """, work, Path.of("/")), "ssh", ROOT_FROM_LOOPBACK);

        assertEquals(List.of("A=b", "C=d"), run.effective().get("setenv"));
        assertEquals("kex.c:*:1000 auth.c:*:*", run.value("logverbose"));
        assertEquals("session=5m global=1h", run.value("channeltimeout"));
        assertEquals("=/srv/x", run.value("chrootdirectory"), "a quoted '=' is kept");
    }

}
