package org.gamescloud.results.internal;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gamescloud.games.Noc;
import org.gamescloud.platform.Problems;

/**
 * The medal table as a page shows it: the official ranking, listed in the order the reader chose. The rank is always
 * the official one (by gold, then silver, then bronze), whatever the order of the rows.
 */
record MedalTable(Order order, List<Row> rows) {

    /** A NOC's row; {@code noc} is null for a code the Games data does not know. */
    record Row(MedalAwards.Standing standing, Noc noc) {

        public String code() {
            return standing.noc();
        }
    }

    /** The orders a reader may list the table in, named as in {@code ?sort=}. */
    enum Order {
        /** The official order: gold, then silver, then bronze; ties by NOC code. */
        GOLD,
        /** Most medals first; ties in the official order. */
        TOTAL,
        /** By the NOC's name in the reader's language. */
        NAME;

        static Order parse(String sort) {
            if (sort == null || sort.isBlank()) {
                return GOLD;
            }
            for (Order order : values()) {
                if (order.code().equals(sort)) {
                    return order;
                }
            }
            throw Problems.badRequest("sort is gold, total or name, not " + sort);
        }

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static MedalTable of(List<MedalAwards.Standing> official, Map<String, Noc> nocs, Order order, Locale locale) {
        List<Row> rows = official.stream()
                .map(standing -> new Row(standing, nocs.get(standing.noc())))
                .toList();
        return new MedalTable(
                order, rows.stream().sorted(comparator(order, locale)).toList());
    }

    /** The most medals any NOC has: the length of the longest bar. */
    public int maxTotal() {
        return rows.stream().mapToInt(row -> row.standing().total()).max().orElse(0);
    }

    private static Comparator<Row> comparator(Order order, Locale locale) {
        Comparator<Row> official =
                Comparator.comparingInt((Row row) -> row.standing().rank()).thenComparing(Row::code);
        return switch (order) {
            case GOLD -> official;
            case TOTAL ->
                Comparator.comparingInt((Row row) -> -row.standing().total()).thenComparing(official);
            case NAME -> {
                Collator collator = Collator.getInstance(locale);
                yield Comparator.comparing(
                                (Row row) -> row.noc() == null
                                        ? row.code()
                                        : row.noc().nameIn(locale),
                                collator)
                        .thenComparing(Row::code);
            }
        };
    }
}
