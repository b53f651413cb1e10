package io.stead.evaluator.internal.decl;

/** Levenshtein distance, for "did you mean" suggestions. */
public final class EditDistance {
    private EditDistance() {
    }

    /**
     * The candidate nearest to a target, for a "did you mean" hint.
     *
     * @param target what was written
     * @param candidates the names it may have meant, in a fixed order (the first wins a tie)
     * @param within the most edits a suggestion may be away
     * @return the nearest candidate within that many edits, or null
     */
    public static String closest(String target, Iterable<String> candidates, int within) {
        String closest = null;
        int best = within + 1;
        for (String candidate : candidates) {
            int distance = between(target, candidate);
            if (distance < best) {
                best = distance;
                closest = candidate;
            }
        }
        return closest;
    }

    /**
     * @param a one string
     * @param b another
     * @return the number of single-character edits between them
     */
    public static int between(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
