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
    void listsOfKeywordsThatSshdReadsOnceAreJoinedBySpaces() {
        assertEquals("SetEnv A=b C=d\n", SshdConfigFormat.lines("SetEnv", List.of("A=b", "C=d"), OPTION));
        assertEquals("LogVerbose kex.c:*:1000 auth.c:*:*\n",
                SshdConfigFormat.lines("LogVerbose", List.of("kex.c:*:1000", "auth.c:*:*"), OPTION));
        assertEquals("ChannelTimeout session=5m global=1h\n",
                SshdConfigFormat.lines("ChannelTimeout", List.of("session=5m", "global=1h"), OPTION));
    }

    @Test
    void aValueThatBeginsWithAnEqualsSignIsRefused() {
        // sshd -T showed 'ChrootDirectory =/srv/x' as /srv/x: the '=' went as the keyword's separator
        for (Object value : List.of("=/srv/x", " =/srv/x", List.of("=a", "b"))) {
            ConfigException e = assertThrows(ConfigException.class,
                    () -> SshdConfigFormat.lines(value instanceof List ? "AllowUsers" : "ChrootDirectory", value, OPTION));
            String text = value instanceof List ? "=a b" : (String) value;
            assertEquals("'" + OPTION + "': sshd reads an '=' before the value as separating it from the keyword,"
                    + " so it would drop the '=' that \"" + text + "\" begins with; to keep it, quote the value"
                    + " (sshd removes the quotes).", e.getMessage());
        }
        assertEquals("ChrootDirectory /srv/x=y\n", SshdConfigFormat.lines("ChrootDirectory", "/srv/x=y", OPTION));
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

    /** The refusal of a value that sshd would read only up to the '#' word {@code dropped}. */
    private static String cutAtHash(String dropped, String value) {
        return "'" + OPTION + "': sshd ends a line at a word beginning with '#', so it would silently drop \""
                + dropped + "\" from the value \"" + value + "\"; to keep that word, quote it (sshd removes the"
                + " quotes); for a comment, write the line in services.openssh.extraConfig, which is written verbatim.";
    }

    @Test
    void aValueThatSshdWouldEndAtAHashWordIsRefused() {
        // written as it was, sshd -T showed chrootdirectory /srv/x and said nothing
        ConfigException e = assertThrows(ConfigException.class,
                () -> SshdConfigFormat.lines("ChrootDirectory", "/srv/x #y", OPTION));

        assertEquals("'" + OPTION + "': sshd ends a line at a word beginning with '#', so it would silently drop"
                + " \"#y\" from the value \"/srv/x #y\"; to keep that word, quote it (sshd removes the quotes); for"
                + " a comment, write the line in services.openssh.extraConfig, which is written verbatim.",
                e.getMessage());
        assertEquals(OPTION, e.option());
    }

    @Test
    void everyKeywordThatReadsWordsIsChecked() {
        // sshd -T read each of these up to the '#' word and said nothing: a path, a number, a
        // pattern list, several words, a word after a tab, after an escaped quote (which opens no
        // quote), in a list written a line each. OpenSSH 9.2 keeps VersionAddendum whole, but
        // later releases cut it at any '#'
        List<List<String>> cases = List.of(List.of("Banner", "/etc/issue.net #x", "#x"),
                List.of("MaxAuthTries", "3 #4", "#4"), List.of("PermitUserEnvironment", "no #LANG", "#LANG"),
                List.of("SetEnv", "A=b #C=d E=f", "#C=d E=f"), List.of("RevokedKeys", "/etc/ssh/revoked\t#x", "#x"),
                List.of("chrootdirectory", "a\\\"b #c", "#c"), List.of("VersionAddendum", "Stead #1", "#1"));
        for (List<String> c : cases) {
            ConfigException e = assertThrows(ConfigException.class,
                    () -> SshdConfigFormat.lines(c.get(0), c.get(1), OPTION), c.toString());
            assertEquals(cutAtHash(c.get(2), c.get(1)), e.getMessage());
        }
        assertEquals(cutAtHash("#LC_ALL", "LANG #LC_ALL"), assertThrows(ConfigException.class,
                () -> SshdConfigFormat.lines("AcceptEnv", List.of("LC_*", "LANG #LC_ALL"), OPTION)).getMessage());
    }

    @Test
    void aHashThatSshdReadsAsPartOfAWordIsWritten() {
        // inside a word, quoted or escaped, sshd -T showed the '#' and what follows it
        for (String value : List.of("/srv/x#y", "\"/srv/x #y\"", "'/srv/x #y'", "/srv/x\\ #y", "a\"b #c\"d",
                "\\#y", "LANG,#y")) {
            assertEquals("ChrootDirectory " + value + "\n", SshdConfigFormat.lines("ChrootDirectory", value, OPTION));
        }
    }

    @Test
    void theCommandsKeepTheRestOfTheLine() {
        // sshd copies the text after these keywords, '#' words and all
        assertEquals("ForceCommand /bin/echo a #b c\n",
                SshdConfigFormat.lines("ForceCommand", "/bin/echo a #b c", OPTION));
        assertEquals("authorizedkeyscommand /usr/bin/keys %u #x\n",
                SshdConfigFormat.lines("authorizedkeyscommand", "/usr/bin/keys %u #x", OPTION));
        assertEquals("AuthorizedPrincipalsCommand /usr/bin/principals #%u\n",
                SshdConfigFormat.lines("AuthorizedPrincipalsCommand", "/usr/bin/principals #%u", OPTION));
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
