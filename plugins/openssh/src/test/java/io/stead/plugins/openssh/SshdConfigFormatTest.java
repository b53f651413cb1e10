package io.stead.plugins.openssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stead.api.ConfigException;
import io.stead.api.OptionPath;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The formatter writes each kind of value the way sshd_config(5) reads it. What sshd then makes
 * of whole files is checked against the real sshd in {@link SshdCheckTest}.
 */
class SshdConfigFormatTest {
    private static final OptionPath OPTION = OptionPath.parse("services.openssh.extraSettings.X");

    @Test
    void booleansAreYesAndNo() {
        assertEquals("UseDns no\n", SshdConfigFormat.lines("UseDns", false, OPTION));
        assertEquals("X11Forwarding yes\n", SshdConfigFormat.lines("X11Forwarding", true, OPTION));
    }

    @Test
    void numbersAndStringsAreWrittenAsTheyAre() {
        assertEquals("MaxAuthTries 3\n", SshdConfigFormat.lines("MaxAuthTries", 3L, OPTION));
        assertEquals("ChrootDirectory %h\n", SshdConfigFormat.lines("ChrootDirectory", "%h", OPTION));
    }

    @Test
    void nullLeavesTheKeywordOut() {
        assertEquals("", SshdConfigFormat.lines("ClientAliveInterval", null, OPTION));
    }

    @Test
    void algorithmListsAreJoinedByCommasWhateverTheCase() {
        assertEquals("Ciphers a,b\n", SshdConfigFormat.lines("Ciphers", List.of("a", "b"), OPTION));
        assertEquals("MACs a,b\n", SshdConfigFormat.lines("MACs", List.of("a", "b"), OPTION));
        assertEquals("hostkeyalgorithms a,b\n", SshdConfigFormat.lines("hostkeyalgorithms", List.of("a", "b"), OPTION));
    }

    @Test
    void userListsAreJoinedBySpaces() {
        assertEquals("AllowUsers alice bob\n", SshdConfigFormat.lines("AllowUsers", List.of("alice", "bob"), OPTION));
        assertEquals("AuthorizedKeysFile a b\n", SshdConfigFormat.lines("AuthorizedKeysFile", List.of("a", "b"), OPTION));
    }

    @Test
    void otherListsAreOneLineEach() {
        assertEquals("AcceptEnv LANG\nAcceptEnv LC_*\n", SshdConfigFormat.lines("AcceptEnv", List.of("LANG", "LC_*"), OPTION));
        assertEquals("Port 22\nPort 2222\n", SshdConfigFormat.lines("Port", List.of(22L, 2222L), OPTION));
    }

    @Test
    void anEmptyListWritesNothing() {
        assertEquals("", SshdConfigFormat.lines("Ciphers", List.of(), OPTION));
        assertEquals("", SshdConfigFormat.lines("AllowUsers", List.of(), OPTION));
        assertEquals("", SshdConfigFormat.lines("AcceptEnv", List.of(), OPTION));
    }

    @Test
    void aLineBreakInAValueIsRefusedWithTheOption() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> SshdConfigFormat.lines("Banner", "none\nPermitRootLogin yes", OPTION));

        assertTrue(e.getMessage().startsWith("'" + OPTION + "': the value \"none\\nPermitRootLogin yes\" holds a line break"),
                e.getMessage());
        assertEquals(OPTION, e.option(), "the evaluator adds the lines that define it");
    }

    @Test
    void anElementThatALineOfSeveralWouldSplitIsRefused() {
        // extraSettings' lists are of any strings: written as they were, sshd read "a b" as two
        // methods lists, ended the line at "#x" and refused the quote
        for (String element : List.of("publickey password", "#x", "a\"b", "")) {
            ConfigException e = assertThrows(ConfigException.class,
                    () -> SshdConfigFormat.lines("AuthenticationMethods", List.of("publickey", element), OPTION));
            assertTrue(e.getMessage().contains("would not be read as one element: sshd separates them by white space"),
                    e.getMessage());
            assertEquals(OPTION, e.option());
        }
        assertThrows(ConfigException.class, () -> SshdConfigFormat.lines("HostKeyAlgorithms", List.of("a,b"), OPTION));
        assertEquals("AuthenticationMethods publickey,password\n",
                SshdConfigFormat.lines("AuthenticationMethods", List.of("publickey,password"), OPTION));
    }

    @Test
    void aNulInAValueIsRefused() {
        // sshd's line reader stops at the NUL and joins the next line to the value
        ConfigException e = assertThrows(ConfigException.class,
                () -> SshdConfigFormat.lines("Banner", "none\u0000", OPTION));
        assertEquals("'" + OPTION + "': the value \"none\\0\" holds a NUL, which ends the value for sshd and joins"
                + " the next line to it.", e.getMessage());
    }
}
