package io.stead.unitgenerator.internal.modules;

import io.stead.unitgenerator.internal.digest.Sha256;
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
        return Sha256.hex(String.join(" ", triggers));
    }
}
