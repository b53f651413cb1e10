package io.stead.unitgenerator.internal.build;

import java.time.ZoneId;
import java.util.Set;

/**
 * Reads a calendar event as systemd does (systemd.time(7), systemd 252), for {@code startAt}:
 * what it refuses, systemd would refuse with "Failed to parse calendar specification", leaving
 * the timer without that event. An event is, in this order, weekdays, a date, a time and a time
 * zone, each optional, or one of the shorthands ({@code daily}) or {@code @SECONDS}, with an
 * optional zone. The zone is checked against the names of Java's time-zone database, which
 * are most, not all, of a host's tz database: systemd also takes GMT+0, right/UTC, its host's
 * local abbreviation (CEST), and refuses SystemV/AST4, which Java names.
 */
final class CalendarEvents {
    private static final Set<String> SHORTHANDS = Set.of("minutely", "hourly", "daily", "monthly", "weekly",
            "yearly", "annually", "anually", "quarterly", "semiannually", "semi-annually", "biannually",
            "bi-annually");
    private static final Set<String> FIXED_ZONES = Set.of("EST", "MST", "HST");
    /** Java's zone names, read once: each call of getAvailableZoneIds() copies some 600. */
    private static final Set<String> ZONES = Set.copyOf(ZoneId.getAvailableZoneIds());

    private CalendarEvents() {
    }

    /**
     * @param event a calendar event, such as {@code Mon..Fri *-*-* 09:00}
     * @return why systemd would not read it, or null if it would
     */
    static String problem(String event) {
        // systemd strips a setting's spaces, tabs and line ends, not all of Unicode's white space;
        // and it compares names in ASCII, where Java would fold ſ to s and the Kelvin sign to k
        String rest = stripped(event);
        if (rest.length() >= 4 && lowerAscii(rest.substring(rest.length() - 4)).equals(" utc")) {
            rest = rest.substring(0, rest.length() - 4);
        } else {
            int space = rest.lastIndexOf(' ');
            if (space >= 0 && isZone(rest.substring(space + 1))) {
                rest = rest.substring(0, space);
            }
        }
        if (rest.isEmpty() || isZone(rest)) {
            return "a time zone alone is no event";
        }
        if (SHORTHANDS.contains(lowerAscii(rest))) {
            return null;
        }
        try {
            new CalendarEventReader(rest).read();
            return null;
        } catch (UnreadableEvent e) {
            return e.getMessage();
        }
    }

    /** @return the text without the spaces, tabs and line ends systemd strips from a setting */
    private static String stripped(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && " \t\n\r".indexOf(text.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && " \t\n\r".indexOf(text.charAt(to - 1)) >= 0) {
            to--;
        }
        return text.substring(from, to);
    }

    /** @return the text with A-Z in lower case, and nothing else changed (as C's strcasecmp compares) */
    static String lowerAscii(String text) {
        StringBuilder out = new StringBuilder(text);
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                out.setCharAt(i, (char) (c + ('a' - 'A')));
            }
        }
        return out.toString();
    }

    /**
     * @param word a word
     * @return whether it names a zone: UTC in any case, as systemd takes it, a name of Java's
     *     tz database, or one of the three fixed zones that Java lists apart from them
     */
    static boolean isZone(String word) {
        return lowerAscii(word).equals("utc") || ZONES.contains(word) || FIXED_ZONES.contains(word);
    }
}
