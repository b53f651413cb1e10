package io.stead.unitgenerator.internal.build;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a calendar event without its zone, left to right, as systemd's parser does, and
 * throws {@link UnreadableEvent} where systemd would refuse it.
 */
final class CalendarEventReader {
    /** Full names and abbreviations, Monday first; a name is matched whole, as systemd does. */
    private static final List<String> WEEKDAYS = List.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    private static final String UNREADABLE = " is neither a weekday, a date (such as *-*-01), a time (such as"
            + " 04:00) nor a time zone";

    private final String text;
    private int at;
    private boolean endOfMonth;

    CalendarEventReader(String text) {
        this.text = text;
    }

    void read() {
        weekdays();
        if (!date()) {
            time();
        }
        if (at < text.length()) {
            skipSpaces();
            throw wrongWord();
        }
    }

    private char peek(int ahead) {
        return at + ahead < text.length() ? text.charAt(at + ahead) : '\0';
    }

    private void skipSpaces() {
        while (peek(0) == ' ') {
            at++;
        }
    }

    /** Weekday names, in lists (Mon,Wed) and ranges (Mon..Fri, or Mon-Fri as older systemd wrote). */
    private void weekdays() {
        int open = -1; // the first day of a range being read
        boolean first = true;
        while (true) {
            int day = weekdayHere();
            if (day < 0) {
                if (first) {
                    return; // no weekdays: the date follows
                }
                throw wrongWord();
            }
            if (open > day) {
                throw new UnreadableEvent("the weekday range '" + text.substring(0, at).strip()
                        + "' runs backwards: ranges go from Monday to Sunday");
            }
            char c = peek(0);
            if (c == '\0') {
                return;
            } else if (c == ' ') {
                skipSpaces();
                return;
            } else if (c == '.' || c == '-') {
                if (open >= 0 || c == '.' && peek(1) != '.') {
                    throw wrongWord();
                }
                open = day;
                at += c == '.' ? 2 : 1;
            } else if (c == ',') {
                open = -1;
                at++;
            }
            if (peek(0) == '\0' || peek(0) == ' ') {
                if (open >= 0) {
                    throw new UnreadableEvent("the weekday range '" + text.substring(0, at).strip() + "' has no end");
                }
                skipSpaces();
                return;
            }
            first = false;
        }
    }

    /** @return the weekday (0 for Monday) named here, moving past it; -1 if none is */
    private int weekdayHere() {
        for (int day = 0; day < WEEKDAYS.size(); day++) {
            String name = WEEKDAYS.get(day);
            for (int length : new int[] {name.length(), 3}) {
                String here = text.substring(at, Math.min(at + length, text.length()));
                if (CalendarEvents.lowerAscii(here).equals(name.substring(0, length))) {
                    char after = at + length < text.length() ? text.charAt(at + length) : '\0';
                    if ("\0-., ".indexOf(after) < 0) {
                        throw wrongWord(); // Thur, Mondays
                    }
                    at += length;
                    return day;
                }
            }
        }
        return -1;
    }

    /**
     * A date, {@code [YEAR-]MONTH-DAY} or {@code MONTH~DAY} (days from the end of the month),
     * or {@code @SECONDS}, which is the whole event.
     *
     * @return whether the event was given in seconds (no time follows)
     */
    private boolean date() {
        if (peek(0) == '\0') {
            return false;
        }
        if (peek(0) == '@') {
            at++;
            // read as C's strtoul reads a number: white space, then perhaps a '+'
            while (" \t\n\u000b\f\r".indexOf(peek(0)) >= 0) {
                at++;
            }
            if (peek(0) == '+') {
                at++;
            }
            long seconds = number(Long.MAX_VALUE / 1_000_000);
            int year = Instant.ofEpochSecond(seconds).atOffset(ZoneOffset.UTC).getYear();
            if (year > CalendarField.YEAR.to) {
                throw new UnreadableEvent("@" + seconds + " is in the year " + year + ", after the last year systemd"
                        + " reads (" + CalendarField.YEAR.to + ")");
            }
            return true;
        }
        int start = at;
        List<CalendarValue> first = chain(false);
        if (peek(0) == '\0' || peek(0) == ':') {
            at = start; // a time, not a date
            return false;
        }
        separator();
        List<CalendarValue> second = chain(false);
        if (peek(0) == '\0' || peek(0) == ' ') {
            skipSpaces();
            CalendarField.MONTH.check(endOfMonth, first);
            CalendarField.DAY.check(endOfMonth, second);
            return false;
        }
        if (endOfMonth) {
            throw wrongWord();
        }
        separator();
        List<CalendarValue> third = chain(false);
        if (peek(0) != '\0' && peek(0) != ' ') {
            throw wrongWord();
        }
        skipSpaces();
        CalendarField.YEAR.check(endOfMonth, years(first));
        CalendarField.MONTH.check(endOfMonth, second);
        CalendarField.DAY.check(endOfMonth, third);
        return false;
    }

    private void separator() {
        if (peek(0) == '~') {
            endOfMonth = true;
        } else if (peek(0) != '-') {
            throw wrongWord();
        }
        at++;
    }

    /** {@code HOUR:MINUTE[:SECOND]}, seconds with up to six decimals. */
    private void time() {
        if (peek(0) == '\0') {
            return;
        }
        List<CalendarValue> hours = chain(false);
        if (peek(0) != ':') {
            throw wrongWord();
        }
        at++;
        List<CalendarValue> minutes = chain(false);
        CalendarField.HOUR.check(endOfMonth, hours);
        CalendarField.MINUTE.check(endOfMonth, minutes);
        if (peek(0) == '\0') {
            return;
        }
        if (peek(0) != ':') {
            throw wrongWord();
        }
        at++;
        CalendarField.SECOND.check(endOfMonth, chain(true));
        if (peek(0) != '\0') {
            throw wrongWord();
        }
    }

    /** {@code *}, or values separated by commas; an empty list stands for {@code *}. */
    private List<CalendarValue> chain(boolean seconds) {
        if (peek(0) == '*') {
            at++;
            return List.of();
        }
        List<CalendarValue> out = new ArrayList<>();
        while (true) {
            if (out.size() == 240) {
                throw new UnreadableEvent("more than 240 values in one part of an event (systemd's limit)");
            }
            out.add(component(seconds));
            if (peek(0) != ',') {
                return out;
            }
            at++;
        }
    }

    private CalendarValue component(boolean seconds) {
        long unit = seconds ? 1_000_000 : 1;
        long start = decimal(seconds);
        long stop = -1;
        long repeat = 0;
        if (peek(0) == '.' && peek(1) == '.') {
            at += 2;
            stop = decimal(seconds);
            repeat = unit;
        }
        if (peek(0) == '/') {
            at++;
            repeat = decimal(seconds);
            if (repeat == 0) {
                throw new UnreadableEvent("a repetition of /0 never moves on");
            }
        } else if (seconds && stop >= 0 && start + repeat > stop) {
            throw new UnreadableEvent("the seconds " + CalendarField.SECOND.show(start) + ".."
                    + CalendarField.SECOND.show(stop)
                    + " span less than a second, which is the step of a range without '/'");
        }
        if (" ,-~:\0".indexOf(peek(0)) < 0) {
            throw wrongWord();
        }
        return new CalendarValue(start, stop, repeat);
    }

    /** A number; for seconds, with decimals rounded to microseconds as systemd does. */
    private long decimal(boolean seconds) {
        long value = number(Integer.MAX_VALUE);
        if (seconds) {
            value *= 1_000_000;
            if (peek(0) == '.' && peek(1) != '.') {
                at++;
                if (peek(0) < '0' || peek(0) > '9') {
                    throw wrongWord(); // a decimal point needs a digit after it
                }
                int digits = 0;
                long fraction = 0;
                boolean roundUp = false;
                for (; peek(0) >= '0' && peek(0) <= '9'; at++) {
                    if (digits < 6) {
                        fraction = fraction * 10 + (peek(0) - '0');
                        digits++;
                    } else if (digits++ == 6) {
                        roundUp = peek(0) >= '5';
                    }
                }
                for (; digits < 6; digits++) {
                    fraction *= 10;
                }
                value += fraction + (roundUp ? 1 : 0);
            }
            if (value > Integer.MAX_VALUE) {
                throw new UnreadableEvent("the number " + CalendarField.SECOND.show(value) + " is too large");
            }
        }
        return value;
    }

    private long number(long max) {
        int start = at;
        while (peek(0) >= '0' && peek(0) <= '9') {
            at++;
        }
        if (at == start) {
            throw wrongWord();
        }
        String digits = text.substring(start, at);
        if (digits.length() > 18 || Long.parseLong(digits) > max) {
            throw new UnreadableEvent("the number " + digits + " is too large");
        }
        return Long.parseLong(digits);
    }

    /** Two-digit years are this century's or the last's, as systemd reads them: 12 is 2012, 89 is 1989. */
    private static List<CalendarValue> years(List<CalendarValue> years) {
        return years.stream().map(c -> new CalendarValue(year(c.start()), c.stop() < 0 ? -1 : year(c.stop()),
                c.repeat())).toList();
    }

    private static long year(long y) {
        return y < 70 ? y + 2000 : y < 100 ? y + 1900 : y;
    }

    /**
     * The word being read is no part of an event here: if it reads as one alone (a time
     * after a date, a zone not last), it is out of place; otherwise it is no part at all.
     */
    private UnreadableEvent wrongWord() {
        String word = word();
        boolean alone = text.indexOf(' ') >= 0 && (CalendarEvents.problem(word) == null || CalendarEvents.isZone(word));
        return new UnreadableEvent(alone
                ? "'" + word + "' is out of place: an event is written weekdays, date, time, time zone, in that"
                        + " order, each at most once"
                : "'" + word + "'" + UNREADABLE);
    }

    /** @return the word being read: at a space, the next one (what should not follow), else the last */
    private String word() {
        int here = Math.min(at, text.length() - 1);
        while (here < text.length() - 1 && text.charAt(here) == ' ') {
            here++;
        }
        while (here > 0 && text.charAt(here) == ' ') {
            here--;
        }
        int start = text.lastIndexOf(' ', here) + 1;
        int end = text.indexOf(' ', here);
        return text.substring(start, end < 0 ? text.length() : end);
    }
}
