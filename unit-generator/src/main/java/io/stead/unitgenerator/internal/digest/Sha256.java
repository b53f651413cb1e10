package io.stead.unitgenerator.internal.digest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The SHA-256 of a text, in lower-case hexadecimal, as {@code sha256sum} prints it. */
public final class Sha256 {
    private Sha256() {
    }

    /**
     * @param text a text, hashed as UTF-8
     * @return its SHA-256, 64 lower-case hexadecimal digits
     */
    public static String hex(String text) {
        return hex(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param bytes bytes, such as a file's
     * @return their SHA-256, 64 lower-case hexadecimal digits
     */
    public static String hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
