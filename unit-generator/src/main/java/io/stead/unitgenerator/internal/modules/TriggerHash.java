package io.stead.unitgenerator.internal.modules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The value of {@code X-Restart-Triggers=} and {@code X-Reload-Triggers=}: a SHA-256 of the
 * triggers joined with spaces (NixOS writes them to a store file and names its path; Stead has no
 * store, and a hash changes exactly when the triggers do).
 */
final class TriggerHash {
    private TriggerHash() {
    }

    static String of(List<String> triggers) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(String.join(" ", triggers)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
