package io.stead.plugins.openssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stead.api.ConfigException;
import io.stead.testkit.TestSystem;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What sshd_config must read as one word is a type error at its definition when sshd would read
 * it otherwise. Each value below was written as it was; sshd -T then showed no DenyUsers at all
 * ('#' began a comment), refused the quote or the extra word, or read two files.
 */
class SshdWordsTest {
    private static final String WORD = "string matching the pattern [^\\s\\p{Cntrl}\"'\\\\#][^\\s\\p{Cntrl}\"'\\\\]*";

    private final TestSystem system = new TestSystem();

    @TempDir
    Path work;

    private String sshdConfig(String yaml) {
        return system.evaluate("services.openssh.enable: true\n" + yaml, work, Path.of("/"))
                .string(SshdUnit.CONFIG_TEXT);
    }

    private String typeError(String yaml) {
        return assertThrows(ConfigException.class, () -> sshdConfig(yaml)).getMessage()
                .replaceAll("'/[^']*/stead-[^/']*\\.yaml:", "'FILE:");
    }

    @Test
    void aNameBeginningACommentIsRefused() {
        assertEquals("A definition for option 'services.openssh.settings.DenyUsers[definition 1-entry 1]' is not of"
                + " type '" + WORD + "'. Definition values:\n- In 'FILE:2': \"#nobody\"",
                typeError("services.openssh.settings.DenyUsers: [\"#nobody\", mallory]\n"));
    }

    @Test
    void quotesBackslashesWhiteSpaceAndControlCharactersAreRefusedInWords() {
        assertTrue(typeError("services.openssh.settings.AllowGroups: ['ssh\"users']\n").contains(
                "'services.openssh.settings.AllowGroups[definition 1-entry 1]' is not of type"));
        assertTrue(typeError("services.openssh.settings.AllowUsers: [\"alice\\0\"]\n").contains(
                "'services.openssh.settings.AllowUsers[definition 1-entry 1]' is not of type"));
        assertTrue(typeError("services.openssh.authorizedKeysFiles: [\"/etc/ssh/keys of/%u\"]\n").contains(
                "'services.openssh.authorizedKeysFiles[definition 1-entry 1]' is not of type '" + WORD + "'"));
        assertTrue(typeError("services.openssh.settings.Ciphers: [\"#aes256-ctr\"]\n").contains(
                "'services.openssh.settings.Ciphers[definition 1-entry 1]' is not of type"));
        assertTrue(typeError("services.openssh.listenAddresses: [{addr: \"a\\\\b\"}]\n").contains(
                "is not of type '" + WORD + "'"));
    }

    @Test
    void aHostKeyIsAnAbsolutePathOfOneWord() {
        String message = typeError("services.openssh.hostKeys: [{type: ed25519, path: \"/etc/ssh/my key\"}]\n");
        assertTrue(message.contains("is not of type 'string matching the pattern /[^\\s\\p{Cntrl}\"'\\\\]*'"), message);
        assertTrue(message.contains("\"/etc/ssh/my key\""), message);
    }

    @Test
    void wordsAsSshdReadsThemPass() {
        String text = sshdConfig("""
                services.openssh.settings.AllowUsers: ["alice", "bob@192.168.1.*", "a#b"]
                services.openssh.authorizedKeysFiles: [".ssh/keys2"]
                """);
        assertTrue(text.contains("\nAllowUsers alice bob@192.168.1.* a#b\n"), text);
        assertTrue(text.contains("\nAuthorizedKeysFile .ssh/keys2 %h/.ssh/authorized_keys /etc/ssh/authorized_keys.d/%u\n"),
                text);
    }
}
