package io.stead.unitgenerator.internal.build;

/** Why systemd would not read a calendar event (a message without a stack trace: it is expected). */
final class UnreadableEvent extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnreadableEvent(String reason) {
        super(reason, null, false, false);
    }
}
