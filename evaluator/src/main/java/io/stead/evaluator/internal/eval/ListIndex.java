package io.stead.evaluator.internal.eval;

import java.util.List;

/**
 * A segment of a selection path that picks a list's element by its number, as Nix's selection
 * paths do ({@code nix eval -f host.nix l.0}, {@code nix-instantiate -A l.0}): {@code stead eval
 * --attr} reads them so; in files, a path names attributes only, as a Nix expression's does.
 */
final class ListIndex {
    private ListIndex() {
    }

    /**
     * @param list the list
     * @param segment the path's segment
     * @return whether the segment is a decimal number below the list's size
     */
    static boolean selects(List<?> list, String segment) {
        int n = segment.length();
        if (n == 0 || n > 9 || (n > 1 && segment.charAt(0) == '0')) {
            return false; // (digits beyond 9 overflow an int; a list is never that long)
        }
        for (int i = 0; i < n; i++) {
            char c = segment.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return Integer.parseInt(segment) < list.size();
    }
}
