package io.stead.plugins.openssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stead.api.ConfigException;
import io.stead.testkit.TestSystem;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A keyword that sshd would read twice is refused, naming the option to use instead: sshd keeps
 * the first of most keywords and says nothing about the second.
 */
class SshdConfigTextTest {
    private final TestSystem system = new TestSystem();

    @TempDir
    Path work;

    private String sshdConfig(String yaml) {
        return system.evaluate("services.openssh.enable: true\n" + yaml, work, Path.of("/"))
                .string(SshdUnit.CONFIG_TEXT);
    }

    private ConfigException refusal(String yaml) {
        return assertThrows(ConfigException.class, () -> sshdConfig(yaml));
    }

    @Test
    void aTypedKeywordInExtraSettingsIsRefusedNamingTheLineThatSetsIt() {
        ConfigException e = refusal("services.openssh.extraSettings.PermitRootLogin: \"yes\"\n");

        assertEquals("'services.openssh.extraSettings.PermitRootLogin': set sshd_config keyword PermitRootLogin"
                + " in services.openssh.settings.PermitRootLogin, not here: sshd would silently keep only the first"
                + " PermitRootLogin line. Definition values:\n- In 'FILE:2': \"yes\"",
                e.getMessage().replaceAll("'/[^']*/stead-[^/']*\\.yaml:", "'FILE:"));
    }

    @Test
    void valuesSshdRefusesAreRefusedNamingTheirDefinitions() {
        // each made an sshd_config that sshd -t rejects, so sshd failed only when it started
        assertEquals("'services.openssh.ports': sshd cannot listen on port 0. Definition values:\n- In 'FILE:2': [0]",
                refusal("services.openssh.ports: [0]\n").getMessage().replaceAll("'/[^']*/stead-[^/']*\\.yaml:",
                        "'FILE:"));
        assertTrue(refusal("services.openssh.extraSettings.AcceptEnv: [LANG, \"\"]\n").getMessage().startsWith(
                "'services.openssh.extraSettings.AcceptEnv': an empty value would write AcceptEnv with no argument,"
                        + " which sshd refuses; leave the value out instead. Definition values:\n- In '"));
        assertTrue(refusal("services.openssh.extraConfig: \"X11Forwarding no\\0\\nPermitRootLogin yes\"\n")
                .getMessage().startsWith("'services.openssh.extraConfig' holds a NUL, which ends a line for sshd and"
                        + " joins the next line to it. Definition values:\n- In '"));
        assertTrue(sshdConfig("services.openssh.ports: [2222]\n").contains("Port 2222\n"));
    }

    @Test
    void aTypedKeywordLeftNullIsRefusedForWhatItIs() {
        // settings.AllowUsers is null by default: no line is written, so none would be ignored
        String message = refusal("services.openssh.extraSettings.AllowUsers: [alice]\n").getMessage();

        assertTrue(message.contains("'services.openssh.extraSettings.AllowUsers': set sshd_config keyword "
                + "AllowUsers in services.openssh.settings.AllowUsers, not here: settings declares it, typed"),
                message);
        assertFalse(message.contains("keep only the first"), message);
    }

    @Test
    void keywordsDifferingOnlyInCaseAreTheSameKeyword() {
        assertTrue(refusal("services.openssh.extraSettings.usedns: true\n").getMessage()
                .contains("in services.openssh.settings.UseDns, not here"));
        assertTrue(refusal("services.openssh.extraSettings: {MaxAuthTries: 3, maxauthtries: 4}\n").getMessage()
                .contains("in services.openssh.extraSettings.MaxAuthTries, not here"));
    }

    @Test
    void aKeywordThatAnotherOptionWritesIsRefused() {
        assertTrue(refusal("services.openssh.extraSettings.Port: 2222\n").getMessage()
                .contains("in services.openssh.ports, not here"));
        assertTrue(refusal("services.openssh.extraSettings.HostKey: /k\n").getMessage()
                .contains("in services.openssh.hostKeys, not here"));
        assertTrue(refusal("services.openssh.extraSettings.AuthorizedKeysFile: /k\n").getMessage()
                .contains("in services.openssh.authorizedKeysFiles, not here"));
    }

    @Test
    void aMatchBlockIsRefusedBecauseItWouldSwallowTheLinesAfterIt() {
        assertTrue(refusal("services.openssh.extraSettings.Match: User backup\n").getMessage()
                .contains("in services.openssh.extraConfig, not here: a Match line takes every line after it"));
    }

    @Test
    void aKeywordThatSshdWouldNotReadAsOneIsRefused() {
        // written as it was, the newline made a PermitEmptyPasswords line that no option set
        ConfigException e = refusal("services.openssh.extraSettings: {\"PermitEmptyPasswords yes\\nMaxAuthTries\": 3}\n");

        assertEquals("'services.openssh.extraSettings.\"PermitEmptyPasswords yes\\nMaxAuthTries\"': an sshd_config keyword"
                + " is letters and digits, such as MaxAuthTries; this name would not be read as one keyword."
                + " Definition values:\n- In 'FILE:2': 3",
                e.getMessage().replaceAll("'/[^']*/stead-[^/']*\\.yaml:", "'FILE:"));
        assertTrue(refusal("services.openssh.extraSettings: {\"MaxAuthTries=3 #\": 4}\n").getMessage()
                .contains("an sshd_config keyword is letters and digits"));
    }

    @Test
    void aValueThatSshdWouldCutAtAHashWordIsRefusedNamingItsDefinition() {
        // written as it was, sshd read ChrootDirectory /srv/x and said nothing
        ConfigException e = refusal("services.openssh.extraSettings.ChrootDirectory: \"/srv/x #y\"\n");

        assertEquals("'services.openssh.extraSettings.ChrootDirectory': sshd ends a line at a word beginning with"
                + " '#', so it would silently drop \"#y\" from the value \"/srv/x #y\"; to keep that word, quote it"
                + " (sshd removes the quotes); for a comment, write the line in services.openssh.extraConfig, which"
                + " is written verbatim. Definition values:\n- In 'FILE:2': \"/srv/x #y\"",
                e.getMessage().replaceAll("'/[^']*/stead-[^/']*\\.yaml:", "'FILE:"));
    }

    @Test
    void extraSettingsAreSortedWithTheTypedOnes() {
        String text = sshdConfig("services.openssh.extraSettings: {MaxAuthTries: 3, AllowTcpForwarding: false}\n");

        int allow = text.indexOf("AllowTcpForwarding no\n");
        int ciphers = text.indexOf("Ciphers ");
        int max = text.indexOf("MaxAuthTries 3\n");
        int password = text.indexOf("PasswordAuthentication ");
        assertTrue(allow > 0 && allow < ciphers && ciphers < max && max < password, text);
    }

    @Test
    void extraConfigComesLastSoThatItMayEndWithMatchBlocks() {
        String text = sshdConfig("services.openssh.extraConfig: \"Match User x\\n  X11Forwarding yes\"\n");

        assertTrue(text.endsWith("Subsystem sftp /usr/lib/openssh/sftp-server\nMatch User x\n  X11Forwarding yes\n"), text);
    }
}
