package io.stead.unitgenerator.internal.build;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/** The fields of an event and the values systemd allows in them. */
enum CalendarField {
    YEAR("year", 1970, 2199), MONTH("month", 1, 12), DAY("day", 1, 31), HOUR("hour", 0, 23),
    MINUTE("minute", 0, 59), SECOND("second", 0, 60_000_000 - 1); // in microseconds

    final String noun;
    final long from;
    final long to;

    CalendarField(String noun, long from, long to) {
        this.noun = noun;
        this.from = from;
        this.to = to;
    }

    /** @return a value as an event writes it (seconds in seconds, with their decimals) */
    String show(long value) {
        if (this != SECOND) {
            return Long.toString(value);
        }
        String fraction = value % 1_000_000 == 0 ? "" : String.format(Locale.ROOT, ".%06d", value % 1_000_000)
                .replaceAll("0+$", "");
        return value / 1_000_000 + fraction;
    }

    /**
     * The checks systemd makes of a field's values once the event is read.
     *
     * @param endOfMonth whether the event counts days back from the end of the month
     * @param values the values given, none for every value
     * @throws UnreadableEvent if systemd refuses one
     */
    void check(boolean endOfMonth, List<CalendarValue> values) {
        boolean fromEnd = endOfMonth && this == DAY;
        String what = "the " + noun + " ";
        String mark = fromEnd ? "~" : ""; // a day counted back from the month's end, as systemd writes it
        long last = to;
        for (CalendarValue c : normalized(values)) {
            // at most 28 days from a month's end; and systemd 252 takes three days more off
            // for each further day in such a list, in order (it refuses ~24,27 but not ~1,24)
            last -= fromEnd ? 3 : 0;
            String between = " between " + show(from) + " and " + show(last)
                    + (fromEnd && last < to - 3 ? " (systemd allows three days fewer for each further day"
                            + " counted from the month's end)" : "");
            long start = c.start();
            long stop = c.stop();
            long repeat = c.repeat();
            if (start < from || start > last) {
                throw new UnreadableEvent(what + mark + show(start) + " is not" + between);
            }
            if (stop >= 0 && (stop < from || stop > last)) {
                throw new UnreadableEvent(what + mark + show(stop) + " is not" + between);
            }
            if (repeat > last - from) {
                throw new UnreadableEvent(what + "repeats every " + show(repeat) + ", more than the whole span"
                        + between);
            }
            if (stop >= 0 && start + repeat > stop) {
                throw new UnreadableEvent(what + "range " + mark + show(start) + ".." + show(stop) + " runs backwards");
            }
            if (stop < 0 && (fromEnd ? start - repeat < from : start + repeat > last)) {
                throw new UnreadableEvent(what + mark + show(start) + "/" + show(repeat) + " never repeats" + between);
            }
        }
    }

    /**
     * The values as systemd keeps them: a range that holds one value, or whose repetition
     * never comes, is that value; a range ends on its last repetition; sorted, without
     * duplicates.
     */
    private static List<CalendarValue> normalized(List<CalendarValue> values) {
        TreeSet<CalendarValue> out = new TreeSet<>(Comparator.comparingLong(CalendarValue::start)
                .thenComparingLong(CalendarValue::stop).thenComparingLong(CalendarValue::repeat));
        for (CalendarValue c : values) {
            long stop = c.stop();
            long repeat = c.repeat();
            if (stop > c.start() && repeat > 0) {
                stop -= (stop - c.start()) % repeat;
            }
            if (stop > c.start() && repeat > 0 && c.start() + repeat > stop || c.start() == stop) {
                repeat = 0;
                stop = -1;
            }
            out.add(new CalendarValue(c.start(), stop, repeat));
        }
        return List.copyOf(out);
    }
}
