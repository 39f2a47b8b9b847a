package org.gamescloud.travel.internal.gtfs;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** One data row of a GTFS file, with typed access that names the file, line and field of a bad value. */
final class GtfsRow {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private final String file;
    private final int line;
    private final Map<String, Integer> columns;
    private final String[] values;

    GtfsRow(String file, int line, Map<String, Integer> columns, String[] values) {
        this.file = file;
        this.line = line;
        this.columns = columns;
        this.values = values;
    }

    int line() {
        return line;
    }

    /** The value, or null when the column is absent or the field empty. */
    String optional(String field) {
        Integer index = columns.get(field);
        if (index == null || index >= values.length) {
            return null;
        }
        String value = values[index].strip();
        return value.isEmpty() ? null : value;
    }

    String required(String field) {
        String value = optional(field);
        if (value == null) {
            throw problem(field, "required value missing");
        }
        return value;
    }

    int integer(String field, int whenEmpty) {
        String value = optional(field);
        if (value == null) {
            return whenEmpty;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException notANumber) {
            throw problem(field, "'" + value + "' is not an integer");
        }
    }

    double decimal(String field) {
        String value = required(field);
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException notANumber) {
            throw problem(field, "'" + value + "' is not a number");
        }
    }

    LocalDate date(String field) {
        String value = required(field);
        try {
            return LocalDate.parse(value, DATE);
        } catch (DateTimeParseException notADate) {
            throw problem(field, "'" + value + "' is not a date YYYYMMDD");
        }
    }

    /** Seconds since the start of the service day; -1 when empty (an untimed stop). */
    int time(String field) {
        String value = optional(field);
        if (value == null) {
            return -1;
        }
        int seconds = GtfsTime.parse(value);
        if (seconds < 0) {
            throw problem(field, "'" + value + "' is not a time H:MM:SS");
        }
        return seconds;
    }

    GtfsFeedException problem(String field, String problem) {
        return new GtfsFeedException(file, line, field, problem);
    }
}
