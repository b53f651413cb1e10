package io.stead.plugins.openssh;

import static io.stead.api.Types.strMatching;

import io.stead.api.OptionType;

/**
 * The types of values that sshd_config must read as one word. sshd (OpenSSH 8.7 and later) splits
 * a line's arguments at white space, removes quotes and backslash escapes, and ends the line at a
 * word that begins with {@code #}: {@code DenyUsers #nobody mallory} denied no one, and
 * {@code AuthorizedKeysFile /etc/ssh/keys of/%u} named two files. Its line reader also stops at
 * a NUL, joining the next line to the value. So these words hold no white space, control
 * character, quote or backslash, and do not begin with {@code #}: a value that would be read
 * otherwise is a type error at its definition.
 */
final class SshdWords {
    /** What a word never holds: white space, control characters, quotes and backslashes. */
    private static final String NEVER = "\\s\\p{Cntrl}\"'\\\\";

    /** A user or group name or pattern, a host name or address: one word. */
    static final OptionType WORD = strMatching("[^" + NEVER + "#][^" + NEVER + "]*");
    /** An algorithm's name: one word without the ',' that separates algorithms. */
    static final OptionType ALGORITHM = strMatching("[^" + NEVER + "#,][^" + NEVER + ",]*");
    /** An absolute path that is one word, such as a host key's file. */
    static final OptionType ABSOLUTE_PATH = strMatching("/[^" + NEVER + "]*");

    private SshdWords() {
    }
}
