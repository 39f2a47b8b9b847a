package org.gamescloud.travel.internal.gtfs;

/**
 * A feed that cannot be routed on, with where the problem is: the file, the line (1 is the header) and the field,
 * each absent when it does not apply.
 */
public class GtfsFeedException extends RuntimeException {

    private final String file;
    private final Integer line;
    private final String field;

    public GtfsFeedException(String file, Integer line, String field, String problem) {
        super(describe(file, line, field, problem));
        this.file = file;
        this.line = line;
        this.field = field;
    }

    public String file() {
        return file;
    }

    public Integer line() {
        return line;
    }

    public String field() {
        return field;
    }

    private static String describe(String file, Integer line, String field, String problem) {
        StringBuilder where = new StringBuilder();
        if (file != null) {
            where.append(file);
        }
        if (line != null) {
            where.append(" line ").append(line);
        }
        if (field != null) {
            where.append(where.isEmpty() ? "" : " ").append("field ").append(field);
        }
        return where.isEmpty() ? problem : where + ": " + problem;
    }
}
