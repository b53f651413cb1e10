package io.stead.unitgenerator.internal.build;

import java.util.Set;

/**
 * The list-valued settings that a drop-in replaces rather than extends. When the upstream unit
 * sets one of them, the drop-in first resets it ({@code ExecStart=} on its own line), so that the
 * configured value is the unit's whole value: commands (a service has one {@code ExecStart=}
 * unless it is a oneshot, and a configured {@code ExecStartPre=} is the list to run) and a
 * socket's listening addresses. Every other list extends the upstream value as systemd does
 * ({@code After=} and other dependencies cannot be reset at all); to replace one, start the
 * configured list with an empty string, which is written as the reset line.
 */
final class ReplacedSettings {
    private static final Set<String> REPLACED = Set.of(
            "Service.ExecCondition", "Service.ExecStartPre", "Service.ExecStart",
            "Service.ExecStartPost", "Service.ExecReload", "Service.ExecStop", "Service.ExecStopPost",
            "Socket.ExecStartPre", "Socket.ExecStartPost", "Socket.ExecStopPre", "Socket.ExecStopPost",
            "Socket.ListenStream", "Socket.ListenDatagram", "Socket.ListenSequentialPacket",
            "Socket.ListenFIFO", "Socket.ListenSpecial", "Socket.ListenNetlink",
            "Socket.ListenMessageQueue", "Socket.ListenUSBFunction");

    private ReplacedSettings() {
    }

    /**
     * @param section a section name
     * @param key a key
     * @return whether a drop-in replaces the upstream value of that setting
     */
    static boolean isReplaced(String section, String key) {
        return REPLACED.contains(section + "." + key);
    }

    /** @return every replaced setting, as {@code Section.Key} */
    static Set<String> all() {
        return REPLACED;
    }
}
