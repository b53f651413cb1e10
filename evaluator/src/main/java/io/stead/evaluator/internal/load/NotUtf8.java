package io.stead.evaluator.internal.load;

import io.stead.evaluator.internal.EvalError;
import io.stead.evaluator.internal.Messages;
import io.stead.evaluator.internal.model.Location;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
     * @param file a file that could not be parsed
     * @param display its name in messages
     * @return the error for its first byte that is not UTF-8, or null if it is all UTF-8
     * @throws IOException if it cannot be read
     */
    static EvalError find(Path file, String display) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file));
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer chars = CharBuffer.allocate(bytes.remaining());
        CoderResult result = decoder.decode(bytes, chars, true);
        if (!result.isError()) {
            return null;
        }
        // the characters before the bad byte give its line and column
        int line = 1;
        int column = 1;
        chars.flip();
        while (chars.hasRemaining()) {
            if (chars.get() == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        int bad = bytes.get(bytes.position()) & 0xFF;
        return Messages.loadError(new Location(display, line, column),
                String.format("is not UTF-8 text: the byte 0x%02X is not part of a UTF-8 character; save the file"
                        + " as UTF-8", bad));
    }
}
