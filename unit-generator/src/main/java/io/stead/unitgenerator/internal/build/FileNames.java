package io.stead.unitgenerator.internal.build;

import java.nio.charset.StandardCharsets;

/**
 * Linux's limit on one file name (NAME_MAX, in bytes). Names come from attribute names and
 * options, which may be of any length: a longer one failed only when the tree was written
 * ("File name too long"), naming no option.
 */
final class FileNames {
    static final int NAME_MAX = 255;

    private FileNames() {
    }

    /**
     * @param path a path relative to the tree's root, names separated by '/'
     * @return whether a name in it is longer than {@link #NAME_MAX} bytes
     */
    static boolean hasTooLongName(String path) {
        for (String name : path.split("/")) {
            if (name.getBytes(StandardCharsets.UTF_8).length > NAME_MAX) {
                return true;
            }
        }
        return false;
    }
}
