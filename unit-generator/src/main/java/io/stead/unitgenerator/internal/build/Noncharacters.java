package io.stead.unitgenerator.internal.build;

import java.util.Locale;

/**
 * Unicode's noncharacters (U+FDD0 to U+FDEF, and the last two code points of every plane, such
 * as U+FFFE): valid in a Java string and in UTF-8, but systemd's UTF-8 check refuses them
 * ("String is not UTF-8 clean"), and with such a line the whole unit, or the rest of a
 * drop-in (seen with systemd 252). No escape writes one either.
 */
final class Noncharacters {
    private Noncharacters() {
    }

    /** @return the first noncharacter of the text, or -1 */
    static int first(String text) {
        int at = indexOf(text);
        return at < 0 ? -1 : text.codePointAt(at);
    }

    /** @return where the text's first noncharacter begins, or -1 */
    static int indexOf(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if ((c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE) {
                return i;
            }
            i += Character.charCount(c);
        }
        return -1;
    }

    /** @return the problem of a value holding the noncharacter */
    static String problem(int noncharacter) {
        return "this value holds " + String.format(Locale.ROOT, "U+%04X", noncharacter) + ", which Unicode keeps"
                + " as a noncharacter: systemd refuses a line holding one as not UTF-8 clean, and with it the unit"
                + " (in a drop-in, the rest of the file).";
    }
}
