package org.gamescloud.simulator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Judged sports ({@code JUDGED}). Individual diving sends its dives, each with a difficulty and seven judges' scores
 * (the two highest and two lowest dropped, the rest summed and multiplied by the difficulty), dive by dive;
 * gymnastics apparatus finals send D and E scores and any penalty (mark = D + E − penalty); every other judged sport
 * sends its total score.
 */
final class JudgedResults implements ResultsWriter {

    private static final Pattern APPARATUS =
            Pattern.compile("floor|pommel|rings|vault|parallel bars|horizontal bar|balance beam|uneven bars");

    @Override
    public Performances write(Field field) {
        Event event = field.event();
        if (event.discipline().equals("DIV") && !event.team()) {
            return diving(field);
        }
        if (event.discipline().equals("GAR")
                && APPARATUS.matcher(event.lowerName()).find()) {
            return apparatus(field);
        }
        return PointsResults.scored(field, Scores.of(event, field.unit()), false);
    }

    private static Performances diving(Field field) {
        int dives = field.event().isWomen() ? 5 : 6;
        double hardest = field.event().lowerName().contains("1 m") ? 3.0 : 3.6;
        List<List<Line.Dive>> sheets = new ArrayList<>();
        List<Line> finals = new ArrayList<>();
        for (Entrant competitor : field.competitors()) {
            double quality = 7.4 + 0.6 * field.formOf(competitor);
            List<Line.Dive> sheet = new ArrayList<>();
            for (int i = 0; i < dives; i++) {
                double difficulty = hardest - 0.1 * field.random().nextInt(9);
                double dive = quality + 0.7 * field.luck();
                List<String> judges = new ArrayList<>();
                for (int judge = 0; judge < 7; judge++) {
                    double score = Math.round(2 * (dive + 0.3 * field.luck())) / 2.0;
                    judges.add(Notation.decimal(Math.max(0, Math.min(10, score)), 1));
                }
                sheet.add(new Line.Dive(Notation.decimal(difficulty, 1), judges));
            }
            sheets.add(sheet);
            finals.add(divingLine(competitor.code(), sheet));
        }
        Outcome outcome = Placing.of(finals, false);
        List<Performance> performances = new ArrayList<>();
        for (int i = 0; i < finals.size(); i++) {
            String competitor = finals.get(i).competitor();
            List<Line.Dive> sheet = sheets.get(i);
            performances.add(progress -> {
                int done = progress >= 1 ? sheet.size() : (int) Math.floor(progress * sheet.size());
                return done == 0 ? Line.entered(competitor) : divingLine(competitor, sheet.subList(0, done));
            });
        }
        return new Performances(performances, outcome);
    }

    /** The line of the dives so far, with their total as the mark. */
    static Line divingLine(String competitor, List<Line.Dive> dives) {
        BigDecimal total = BigDecimal.ZERO;
        for (Line.Dive dive : dives) {
            total = total.add(diveScore(dive));
        }
        return new Line(
                competitor,
                total.setScale(2, RoundingMode.UNNECESSARY).toPlainString(),
                null,
                null,
                null,
                List.copyOf(dives),
                null);
    }

    /** Seven judges: the two highest and the two lowest are dropped, the other three summed, times the difficulty. */
    static BigDecimal diveScore(Line.Dive dive) {
        List<BigDecimal> scores =
                dive.judges().stream().map(BigDecimal::new).sorted().toList();
        BigDecimal kept = scores.subList(2, scores.size() - 2).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return kept.multiply(new BigDecimal(dive.difficulty()));
    }

    private static Performances apparatus(Field field) {
        boolean women = field.event().isWomen();
        List<Line> finals = new ArrayList<>();
        for (Entrant competitor : field.competitors()) {
            double form = field.formOf(competitor);
            double difficulty =
                    (women ? 5.3 : 5.9) + 0.3 * form + 0.1 * field.random().nextInt(4);
            double execution = Math.min(9.8, 8.2 + 0.3 * form + 0.35 * field.luck());
            String penalty = field.chance(0.15) ? (field.chance(0.7) ? "0.1" : "0.3") : null;
            finals.add(apparatusLine(
                    competitor.code(), Notation.decimal(difficulty, 1), Notation.decimal(execution, 3), penalty));
        }
        return PointsResults.inTurn(finals, Placing.of(finals, false));
    }

    /** D + E − penalty, to the thousandth. */
    static Line apparatusLine(String competitor, String difficulty, String execution, String penalty) {
        Map<String, String> components = new LinkedHashMap<>();
        components.put("D", difficulty);
        components.put("E", execution);
        BigDecimal mark = new BigDecimal(difficulty).add(new BigDecimal(execution));
        if (penalty != null) {
            components.put("penalty", penalty);
            mark = mark.subtract(new BigDecimal(penalty));
        }
        return new Line(
                competitor,
                mark.setScale(3, RoundingMode.UNNECESSARY).toPlainString(),
                null,
                null,
                components,
                null,
                null);
    }
}
