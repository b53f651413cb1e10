package io.stead.unitgenerator.internal.modules;

import static io.stead.api.Types.strMatching;

import io.stead.api.OptionType;

/**
 * The types of what users and groups write into {@code /etc/sysusers.d/stead.conf}, one line per
 * user, group or membership, fields split at white space. A value that would end a line or a
 * field there (a newline or carriage return began a line of its own: a user of uid 0), or that
 * systemd-sysusers reads otherwise (a quote, a backslash), is a type error at its definition.
 * A '/' in a name would also put the user's keys in a subdirectory of
 * {@code /etc/ssh/authorized_keys.d}. (As in NixOS's {@code passwdEntry}, no ':' either.)
 */
final class SysusersFields {
    /** A user's or group's name. ('%' begins a specifier there: sysusers would replace it.) */
    static final OptionType NAME = strMatching("[^\\s\\p{Cntrl}\"'\\\\:/%]+");
    /** A user's primary group: a name, or empty for a group of the user's own name. */
    static final OptionType GROUP = strMatching("[^\\s\\p{Cntrl}\"'\\\\:/%]*");
    /**
     * The GECOS field, written in quotes ('%' is written as sysusers' "%%"). Not "-" alone, which
     * sysusers reads as "no description", quoted or not (the user got an empty GECOS field).
     */
    static final OptionType DESCRIPTION = strMatching("(?!-$)[^\\p{Cntrl}\"\\\\:]*");
    /** A home directory or a shell: an absolute path ('%' is written as "%%"). */
    static final OptionType ABSOLUTE_PATH = strMatching("/[^\\s\\p{Cntrl}\"'\\\\:]*");

    private SysusersFields() {
    }
}
