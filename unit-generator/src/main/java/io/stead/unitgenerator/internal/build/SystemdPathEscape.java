package io.stead.unitgenerator.internal.build;

import java.nio.charset.StandardCharsets;

/**
 * systemd's escaping of a path into a unit name ({@code systemd-escape --path}): slashes become
 * dashes, and anything other than letters, digits, {@code :_.} (and a leading dot) becomes
 * {@code \xNN}. {@code /var/lib/my-data} is {@code var-lib-my\x2ddata}.
 */
public final class SystemdPathEscape {
    private SystemdPathEscape() {
    }

    /**
     * @param path an absolute, normalized path (no {@code .} or {@code ..} components)
     * @return its escaped form; {@code -} for the root
     * @throws IllegalArgumentException if the path is not absolute or not normalized
     */
    public static String escape(String path) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("not an absolute path: " + path);
        }
        String simplified = path.replaceAll("/+", "/");
        if (simplified.length() > 1 && simplified.endsWith("/")) {
            simplified = simplified.substring(0, simplified.length() - 1);
        }
        if (simplified.equals("/")) {
            return "-";
        }
        for (String part : simplified.substring(1).split("/")) {
            if (part.equals(".") || part.equals("..")) {
                throw new IllegalArgumentException("not a normalized path: " + path);
            }
        }
        byte[] bytes = simplified.substring(1).getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            if (b == '/') {
                out.append('-');
            } else if ((i == 0 && b == '.') || !isPlain(b)) {
                out.append(String.format("\\x%02x", b));
            } else {
                out.append((char) b);
            }
        }
        return out.toString();
    }

    private static boolean isPlain(int b) {
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')
                || b == ':' || b == '_' || b == '.';
    }
}
