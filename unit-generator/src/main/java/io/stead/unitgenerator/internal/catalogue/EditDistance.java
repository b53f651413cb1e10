package io.stead.unitgenerator.internal.catalogue;

/**
 * The Levenshtein distance between two strings, ignoring case: how many single-character
 * insertions, deletions and substitutions turn one into the other.
 */
public final class EditDistance {
    private EditDistance() {
    }

    /**
     * @param a a string
     * @param b another string
     * @return their distance, 0 when they are equal but for case
     */
    public static int between(String a, String b) {
        String x = a.toLowerCase(java.util.Locale.ROOT);
        String y = b.toLowerCase(java.util.Locale.ROOT);
        int[] previous = new int[y.length() + 1];
        int[] current = new int[y.length() + 1];
        for (int j = 0; j <= y.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= y.length(); j++) {
                int substitution = previous[j - 1] + (x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[y.length()];
    }
}
