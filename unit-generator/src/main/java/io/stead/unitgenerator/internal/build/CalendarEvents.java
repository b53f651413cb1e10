package io.stead.unitgenerator.internal.build;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A rough reading of systemd's calendar events (systemd.time(7)), for {@code startAt}: it
 * refuses a word that is none of the parts an event is made of, which systemd would refuse with
 * "Failed to parse calendar specification", leaving the timer without events. It does not check
 * the parts' numbers or order: what it takes, systemd may still refuse.
 */
final class CalendarEvents {
    private static final Set<String> SHORTHANDS = Set.of("minutely", "hourly", "daily", "monthly", "weekly",
            "yearly", "annually", "quarterly", "semiannually");
    private static final List<String> WEEKDAYS = List.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    private static final Pattern NAMES = Pattern.compile("[A-Za-z]+((\\.\\.|,)[A-Za-z]+)*,?");
    private static final Pattern DATE = Pattern.compile("[0-9*~/,.+-]*-[0-9*~/,.+-]*");
    private static final Pattern TIME = Pattern.compile("[0-9*/,.]*:[0-9*/,.:]*");
    private static final Pattern EPOCH = Pattern.compile("@[0-9]+");
    /** A time zone's name, as the tz database writes them (UTC, EST, Europe/Berlin): last only. */
    private static final Pattern ZONE = Pattern.compile("[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*");

    private CalendarEvents() {
    }

    /**
     * @param event a calendar event, such as {@code Mon..Fri *-*-* 09:00}
     * @return the first word of it that is no part of an event, or null if none is found
     */
    static String unreadableWord(String event) {
        String[] words = event.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            boolean last = i == words.length - 1;
            if (!(SHORTHANDS.contains(word.toLowerCase(Locale.ROOT)) || EPOCH.matcher(word).matches()
                    || weekdays(word) || DATE.matcher(word).matches() || TIME.matcher(word).matches()
                    || (last && i > 0 && ZONE.matcher(word).matches()))) {
                return word;
            }
        }
        return null;
    }

    /** Weekday names, full or abbreviated (three letters or more), in lists and ranges. */
    private static boolean weekdays(String word) {
        if (!NAMES.matcher(word).matches()) {
            return false;
        }
        for (String name : word.split("\\.\\.|,")) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.length() < 3 || WEEKDAYS.stream().noneMatch(day -> day.startsWith(lower))) {
                return false;
            }
        }
        return true;
    }

}
