package org.gamescloud.games.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import org.gamescloud.platform.Problems;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/** One CSV record, with typed access that names the file and column when a value is wrong. */
record DatasetRow(String file, Map<String, String> values) {

    String text(String column) {
        String value = values.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }

    String required(String column) {
        String value = text(column);
        if (value == null) {
            throw Problems.badRequest(file + ": column " + column + " is missing or empty in " + values);
        }
        return value;
    }

    OffsetDateTime time(String column) {
        try {
            return OffsetDateTime.parse(required(column));
        } catch (DateTimeParseException e) {
            throw Problems.badRequest(file + ": " + column + " is not an ISO-8601 time: " + text(column));
        }
    }

    LocalDate date(String column) {
        String value = text(column);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw Problems.badRequest(file + ": " + column + " is not a date: " + value);
        }
    }

    Double number(String column) {
        String value = text(column);
        try {
            return value == null ? null : Double.valueOf(value);
        } catch (NumberFormatException e) {
            throw Problems.badRequest(file + ": " + column + " is not a number: " + value);
        }
    }

    Integer integer(String column) {
        Double value = number(column);
        return value == null ? null : value.intValue();
    }

    boolean flag(String column) {
        return "true".equalsIgnoreCase(text(column));
    }

    String[] list(String column) {
        String value = text(column);
        return value == null
                ? new String[0]
                : Arrays.stream(value.split(";"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toArray(String[]::new);
    }

    MapSqlParameterSource params() {
        return new MapSqlParameterSource();
    }
}
