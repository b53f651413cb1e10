package io.stead.unitgenerator.internal.build;

/**
 * The values one part of a calendar event gives: {@code start[..stop][/repeat]}.
 *
 * @param start the first value
 * @param stop the last value of a range, or -1
 * @param repeat the step from one value to the next, or 0 for the start alone
 */
record CalendarValue(long start, long stop, long repeat) {
}
