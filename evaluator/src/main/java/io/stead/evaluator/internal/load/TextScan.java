package io.stead.evaluator.internal.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntPredicate;

/**
 * Reads a file that failed to parse once more, as UTF-8, to find the place of its problem: its
 * first byte that is no part of a UTF-8 character, or its first character of a kind. A chunk
 * at a time, so the memory it takes does not grow with the file (one of several gigabytes, or
 * a device such as /dev/zero, had made it run out). Lines end at a line feed, a carriage
 * return or both, and in YAML also at U+0085, U+2028 and U+2029, as the parsers count them;
 * columns count characters (a character beyond U+FFFF is one column, as an editor shows it),
 * and a byte-order mark at the start none.
 */
final class TextScan {
    private static final int CHUNK = 1 << 16;

    /**
     * @param line 1-based
     * @param column 1-based
     * @param badByte the byte that is no part of a UTF-8 character there, or -1
     * @param codePoint the character found there, or -1
     */
    record Place(int line, int column, int badByte, int codePoint) {
    }

    private TextScan() {
    }

    /**
     * @param file a regular file (another kind, such as a pipe, cannot be read twice)
     * @param yaml whether it is YAML, whose line breaks are more
     * @param stop the kind of character to stop at
     * @return the place of the file's first byte that is not UTF-8 or first character of the
     *     kind, whichever comes first; null if it has neither
     * @throws IOException if it cannot be read
     */
    static Place find(Path file, boolean yaml, IntPredicate stop) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(CHUNK).flip();
        CharBuffer chars = CharBuffer.allocate(CHUNK);
        int line = 1;
        int column = 1;
        char high = 0; // the first half of a character beyond U+FFFF, until its second
        boolean afterCr = false; // a line feed after a carriage return ends no second line
        boolean first = true;
        boolean end = false;
        try (InputStream in = Files.newInputStream(file)) {
            while (true) {
                if (!end) {
                    bytes.compact();
                    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                    if (n < 0) {
                        end = true;
                    } else {
                        bytes.position(bytes.position() + n);
                    }
                    bytes.flip();
                }
                chars.clear();
                CoderResult result = decoder.decode(bytes, chars, end);
                chars.flip();
                while (chars.hasRemaining()) {
                    char c = chars.get();
                    if (Character.isHighSurrogate(c)) {
                        high = c;
                        continue;
                    }
                    int codePoint = high != 0 && Character.isLowSurrogate(c) ? Character.toCodePoint(high, c) : c;
                    high = 0;
                    if (stop.test(codePoint)) {
                        return new Place(line, column, -1, codePoint);
                    }
                    boolean bom = first && codePoint == 0xFEFF;
                    first = false;
                    if (c == '\n' && afterCr) {
                        afterCr = false;
                    } else if (c == '\n' || c == '\r'
                            || (yaml && (codePoint == 0x85 || codePoint == 0x2028 || codePoint == 0x2029))) {
                        line++;
                        column = 1;
                        afterCr = c == '\r';
                    } else {
                        afterCr = false;
                        column += bom ? 0 : 1;
                    }
                }
                if (result.isError()) {
                    return new Place(line, column, bytes.get(bytes.position()) & 0xFF, -1);
                }
                if (end && result.isUnderflow()) {
                    return null;
                }
            }
        }
    }
}
