package io.stead.evaluator.internal.load;

import io.stead.evaluator.internal.EvalError;
import io.stead.evaluator.internal.Messages;
import io.stead.evaluator.internal.model.Location;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Finds where a file stops being UTF-8. The parsers notice it too, but their messages name a
 * Java exception or a byte after the bad one, at a position that is not the bad byte's; a
 * file saved in Latin-1 deserves one plain sentence at the character to fix. Asked only after
 * a read failed, so a good file is never decoded twice.
 */
final class NotUtf8 {
    private NotUtf8() {
    }

    /**
     * @param file a regular file that could not be parsed
     * @param display its name in messages
     * @param yaml whether it is YAML (whose line breaks are more)
     * @return the error for its first byte that is not UTF-8, or null if it is all UTF-8
     * @throws IOException if it cannot be read
     */
    static EvalError find(Path file, String display, boolean yaml) throws IOException {
        TextScan.Place bad = TextScan.find(file, yaml, c -> false);
        if (bad == null) {
            return null;
        }
        return Messages.loadError(new Location(display, bad.line(), bad.column()),
                String.format("is not UTF-8 text: the byte 0x%02X is not part of a UTF-8 character; save the file"
                        + " as UTF-8", bad.badByte()));
    }
}
