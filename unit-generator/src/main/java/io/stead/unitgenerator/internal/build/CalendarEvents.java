package io.stead.unitgenerator.internal.build;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a calendar event as systemd does (systemd.time(7), systemd 252), for {@code startAt}:
 * what it refuses, systemd would refuse with "Failed to parse calendar specification", leaving
 * the timer without that event. An event is, in this order, weekdays, a date, a time and a time
 * zone, each optional, or one of the shorthands ({@code daily}) or {@code @SECONDS}, with an
 * optional zone. The zone is checked against Java's time-zone database, which is the target's
 * tz database as far as names go; a local abbreviation other than those (such as CEST) is
 * refused, although systemd takes its host's own.
 */
final class CalendarEvents {
    private static final Set<String> SHORTHANDS = Set.of("minutely", "hourly", "daily", "monthly", "weekly",
            "yearly", "annually", "anually", "quarterly", "semiannually", "semi-annually", "biannually",
            "bi-annually");
    private static final Set<String> FIXED_ZONES = Set.of("EST", "MST", "HST");

    private CalendarEvents() {
    }

    /**
     * @param event a calendar event, such as {@code Mon..Fri *-*-* 09:00}
     * @return why systemd would not read it, or null if it would
     */
    static String problem(String event) {
        String rest = event.strip();
        if (rest.regionMatches(true, rest.length() - 4, " UTC", 0, 4)) {
            rest = rest.substring(0, rest.length() - 4);
        } else {
            int space = rest.lastIndexOf(' ');
            if (space >= 0 && isZone(rest.substring(space + 1))) {
                rest = rest.substring(0, space);
            }
        }
        if (rest.isEmpty() || rest.equalsIgnoreCase("UTC") || isZone(rest)) {
            return "a time zone alone is no event";
        }
        if (SHORTHANDS.contains(rest.toLowerCase(Locale.ROOT))) {
            return null;
        }
        try {
            new CalendarEventReader(rest).read();
            return null;
        } catch (UnreadableEvent e) {
            return e.getMessage();
        }
    }

    /**
     * @param word a word
     * @return whether it names a zone of the tz database: Java's names, and the three fixed
     *     zones that Java lists apart from them
     */
    static boolean isZone(String word) {
        return ZoneId.getAvailableZoneIds().contains(word) || FIXED_ZONES.contains(word);
    }
}
