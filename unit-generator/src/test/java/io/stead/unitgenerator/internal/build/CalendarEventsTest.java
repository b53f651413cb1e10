package io.stead.unitgenerator.internal.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stead.testkit.systemd.Processes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code startAt} events are refused exactly when systemd 252 cannot parse them. */
class CalendarEventsTest {
    private static final String NO_PART = " is neither a weekday, a date (such as *-*-01), a time (such as 04:00)"
            + " nor a time zone";
    private static final String ORDER = " is out of place: an event is written weekdays, date, time, time zone, in"
            + " that order, each at most once";

    @Test
    void theFormsOfSystemdTimeAreRead() {
        for (String event : List.of("daily", "Weekly", "semi-annually", "@1700000000", "@1700000000 UTC", "@ +7",
                "@\t7", "Mon..Fri 09:00", "Mon-Wed", "Sat,Sun *-*-* 10:00:00", "Mon,Wed,Fri,", "*:0/15", "*-*-01 04:00",
                "2024-01-01", "69-01-01", "Tue", "Wednesday 12:00 UTC", "Mon *-*-* 00:00:00 Europe/Berlin",
                "12:00 EST", "*-*~03", "*-02~1,24", "*-02-29 01..04:00:00", "*-*-* *:*:01.5..3", "00:00:59.9999",
                "2199-12-31 23:59:59.999999")) {
            assertNull(CalendarEvents.problem(event), event);
        }
    }

    @Test
    void aWordThatIsNoPartOfAnEventIsNamed() {
        assertEquals("'every'" + NO_PART, CalendarEvents.problem("every tuesday"));
        // a weekday is its whole name or its first three letters
        assertEquals("'Thur'" + NO_PART, CalendarEvents.problem("Thur 12:00"));
        // a zone is a name of the tz database, written as it is there
        assertEquals("'europe/berlin'" + NO_PART, CalendarEvents.problem("12:00 europe/berlin"));
        assertEquals("'0:0:5.'" + NO_PART, CalendarEvents.problem("0:0:5."));
        // names compare in ASCII, as systemd's strcasecmp (Java would fold the long s and the
        // Kelvin sign), and only spaces, tabs and line ends are stripped
        assertEquals("'\u017fun'" + NO_PART, CalendarEvents.problem("\u017fun 12:00"));
        assertEquals("'wee\u212aly'" + NO_PART, CalendarEvents.problem("wee\u212aly"));
        assertEquals("'\u2003daily'" + NO_PART, CalendarEvents.problem("\u2003daily"));
        assertNull(CalendarEvents.problem("\tWEEKLY\r\n"));
        assertEquals("a time zone alone is no event", CalendarEvents.problem("Europe/Berlin UTC"));
        assertEquals("a time zone alone is no event", CalendarEvents.problem("UTC"));
    }

    @Test
    void partsAreWrittenInTheirOrderOnce() {
        assertEquals("'Mon'" + ORDER, CalendarEvents.problem("12:00 Mon"));
        assertEquals("'*-*-*'" + ORDER, CalendarEvents.problem("Mon *-*-* *-*-*"));
        assertEquals("'UTC'" + ORDER, CalendarEvents.problem("12:00 UTC 13:00"));
        assertEquals("'daily'" + ORDER, CalendarEvents.problem("daily 12:00"));
    }

    @Test
    void valuesAreWithinTheirRanges() {
        assertEquals("the hour 25 is not between 0 and 23", CalendarEvents.problem("*-*-* 25:00"));
        assertEquals("the month 13 is not between 1 and 12", CalendarEvents.problem("2024-13-01"));
        assertEquals("the year 2200 is not between 1970 and 2199", CalendarEvents.problem("2200-01-01"));
        // two digits are a year of this century or the last
        assertEquals("the year 100 is not between 1970 and 2199", CalendarEvents.problem("100-01-01"));
        assertEquals("the second 60 is not between 0 and 59.999999", CalendarEvents.problem("23:59:60"));
        // rounded to microseconds, as systemd does
        assertEquals("the second 60 is not between 0 and 59.999999", CalendarEvents.problem("0:0:59.9999999"));
        assertEquals("the day 0 is not between 1 and 31", CalendarEvents.problem("*-*-0"));
        assertEquals("the day ~29 is not between 1 and 28", CalendarEvents.problem("*-*~29"));
        assertEquals("@99999999999 is in the year 5138, after the last year systemd reads (2199)",
                CalendarEvents.problem("@99999999999"));
    }

    @Test
    void rangesAndRepetitionsMustMoveForward() {
        assertEquals("the weekday range 'Sat..Mon' runs backwards: ranges go from Monday to Sunday",
                CalendarEvents.problem("Sat..Mon"));
        assertEquals("the weekday range 'Mon..' has no end", CalendarEvents.problem("Mon.. 12:00"));
        assertEquals("the day range 5..3 runs backwards", CalendarEvents.problem("*-*-5..3"));
        assertEquals("a repetition of /0 never moves on", CalendarEvents.problem("*:*:0/0"));
        assertEquals("the minute 50/15 never repeats between 0 and 59", CalendarEvents.problem("*:50/15"));
        assertEquals("the minute repeats every 60, more than the whole span between 0 and 59",
                CalendarEvents.problem("*:0/60"));
        assertEquals("the day ~5/10 never repeats between 1 and 28", CalendarEvents.problem("*-*~5/10"));
        assertEquals("the seconds 0..0.5 span less than a second, which is the step of a range without '/'",
                CalendarEvents.problem("*:*:0..0.5"));
    }

    @Test
    void eachFurtherDayFromTheMonthsEndHasThreeDaysLess() {
        // systemd 252's own rule, whatever it was meant to be: ~1,24 is read, ~24,27 is not
        assertNull(CalendarEvents.problem("*-02~1,24"));
        assertEquals("the day ~27 is not between 1 and 25 (systemd allows three days fewer for each further day"
                + " counted from the month's end)", CalendarEvents.problem("*-02~27,24"));
    }

    @Test
    void agreesWithSystemdAnalyzeOnGeneratedEvents() {
        List<String> events = new ArrayList<>(new EventGenerator(new Random(20261130)).events(1500));
        // one run for all, its output dropped: what it cannot parse it says on stderr, a line
        // each. (Whether an event it parsed elapses again depends on the time, and on a zone's
        // changes: the base time is fixed, and an event it parsed but cannot find the next
        // elapse of, which it says on stderr too, counts as read.)
        List<String> command = new ArrayList<>(List.of("sh", "-c",
                "systemd-analyze calendar --base-time=2026-01-01 -- \"$@\" 2>&1 >/dev/null", "sh"));
        command.addAll(events);
        Processes.Result result = Processes.run(command, Map.of("TZ", "UTC", "LC_ALL", "C"));
        Set<String> refusedBySystemd = new LinkedHashSet<>();
        Matcher refused = Pattern.compile("(?m)^Failed to parse calendar specification '(.*)': ")
                .matcher(result.output());
        while (refused.find()) {
            refusedBySystemd.add(refused.group(1));
        }
        TreeMap<String, String> disagreements = new TreeMap<>();
        int accepted = 0;
        for (String event : events) {
            String problem = CalendarEvents.problem(event);
            accepted += problem == null ? 1 : 0;
            if ((problem == null) == refusedBySystemd.contains(event)) {
                disagreements.put(event, problem == null ? "read here, refused by systemd"
                        : "refused here: " + problem);
            }
        }
        assertEquals(new TreeMap<>(), disagreements);
        // both answers are common, so agreement says something
        assertTrue(accepted > 300 && accepted < 1200, accepted + " of " + events.size() + " read");
    }

    /** Events made of right and wrong parts: values in and out of range, in and out of order. */
    private record EventGenerator(Random random) {
        private static final List<String> DAYS = List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "Monday",
                "Friday", "sunday", "Thur", "Mo");
        private static final List<String> ZONES = List.of("UTC", "utc", "Europe/Berlin", "CET", "EST", "Foo/Bar",
                "Etc/GMT+5");
        private static final List<String> SHORTHANDS = List.of("daily", "hourly", "Quarterly", "semi-annually",
                "minutely", "dayly");

        Set<String> events(int count) {
            Set<String> out = new LinkedHashSet<>();
            while (out.size() < count) {
                List<String> parts = new ArrayList<>();
                if (chance(0.3)) {
                    parts.add(weekdays());
                }
                if (chance(0.6)) {
                    parts.add(date());
                }
                if (chance(0.7)) {
                    parts.add(chain(0, 23, false) + ":" + chain(0, 59, false)
                            + (chance(0.5) ? ":" + chain(0, 59, true) : ""));
                }
                if (chance(0.05)) {
                    java.util.Collections.shuffle(parts, random);
                }
                if (chance(0.05)) {
                    parts.add(0, pick(SHORTHANDS));
                }
                if (chance(0.2)) {
                    parts.add(pick(ZONES));
                }
                if (!parts.isEmpty()) {
                    out.add(String.join(" ", parts));
                }
            }
            return out;
        }

        private boolean chance(double p) {
            return random.nextDouble() < p;
        }

        private String pick(List<String> from) {
            return from.get(random.nextInt(from.size()));
        }

        private String weekdays() {
            List<String> parts = new ArrayList<>();
            for (int i = random.nextInt(3); i >= 0; i--) {
                parts.add(pick(DAYS) + (chance(0.3) ? (chance(0.5) ? ".." : "-") + pick(DAYS) : ""));
            }
            return String.join(",", parts) + (chance(0.05) ? "," : "");
        }

        private String date() {
            double r = random.nextDouble();
            if (r < 0.1) {
                return "@" + List.of(0L, 1234L, 1700000000L, 7258118399L, 7258118400L, 99999999999L)
                        .get(random.nextInt(6));
            }
            String monthDay = chain(1, 12, false) + (r < 0.3 ? "~" + chain(1, 28, false) : "-" + chain(1, 31, false));
            return r < 0.5 ? monthDay : chain(r < 0.6 ? 0 : 1970, r < 0.6 ? 99 : 2199, false) + "-" + monthDay;
        }

        private String chain(int from, int to, boolean seconds) {
            List<String> values = new ArrayList<>();
            for (int i = chance(0.8) ? 0 : 1 + random.nextInt(2); i >= 0; i--) {
                values.add(value(from, to, seconds));
            }
            return String.join(",", values);
        }

        private String value(int from, int to, boolean seconds) {
            String start = number(from, to) + (seconds && chance(0.3) ? "." + random.nextInt(100_000_000) : "");
            double r = random.nextDouble();
            return r < 0.15 ? "*"
                    : r < 0.3 ? start + ".." + number(from, to)
                    : r < 0.45 ? start + "/" + number(0, to)
                    : r < 0.5 ? start + ".." + number(from, to) + "/" + number(0, 10)
                    : start;
        }

        private int number(int from, int to) {
            double r = random.nextDouble();
            return r < 0.9 ? from + random.nextInt(to - from + 1)
                    : r < 0.97 ? List.of(to + 1, 0, 60, 24, 32, 13, 100).get(random.nextInt(7))
                    : random.nextInt(3000);
        }
    }
}
