package org.gamescloud.travel.internal.gtfs;

/**
 * GTFS times of day as seconds since the start of the service day: {@code H:MM:SS}, with one-digit hours,
 * surrounding spaces and hours past 24 (a trip running after midnight belongs to the day it started).
 */
public final class GtfsTime {

    private GtfsTime() {}

    /** The seconds since the start of the service day, or -1 when the text is not a time. */
    public static int parse(String text) {
        String time = text.strip();
        int first = time.indexOf(':');
        int second = time.indexOf(':', first + 1);
        if (first < 1 || second < 0 || second - first != 3 || time.length() - second != 3) {
            return -1;
        }
        try {
            int hours = Integer.parseInt(time.substring(0, first));
            int minutes = Integer.parseInt(time.substring(first + 1, second));
            int seconds = Integer.parseInt(time.substring(second + 1));
            if (hours < 0 || hours > 47 || minutes < 0 || minutes > 59 || seconds < 0 || seconds > 59) {
                return -1;
            }
            return hours * 3600 + minutes * 60 + seconds;
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }

    public static String format(int secondsOfServiceDay) {
        int hours = secondsOfServiceDay / 3600;
        int minutes = secondsOfServiceDay / 60 % 60;
        int seconds = secondsOfServiceDay % 60;
        return "%02d:%02d:%02d".formatted(hours, minutes, seconds);
    }
}
