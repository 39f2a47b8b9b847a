package org.gamescloud.simulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * High jump and pole vault ({@code HEIGHT}): the bar goes up in steps; at each height a competitor clears
 * ({@code O}) at the first, second or third attempt, passes ({@code -}) or fails three times ({@code XXX}) and is
 * out. The mark is the highest height cleared; clearing none is no mark ({@code NM}). Results come in height by
 * height.
 */
final class HeightResults implements ResultsWriter {

    /** Heights of the bar offered in a unit, from well below the typical winning height to well above it. */
    private static final int HEIGHTS = 12;

    @Override
    public Performances write(Field field) {
        boolean vault = FieldMarks.isPoleVault(field.event());
        double step = vault ? 0.10 : 0.03;
        double spread = vault ? 0.15 : 0.05;
        double first = FieldMarks.height(field.event()) - (vault ? 0.60 : 0.17);
        List<String> heights = new ArrayList<>();
        for (int i = 0; i < HEIGHTS; i++) {
            heights.add(Notation.metres(first + i * step));
        }
        List<Map<String, String>> series = new ArrayList<>();
        List<Line> finals = new ArrayList<>();
        for (Entrant competitor : field.competitors()) {
            double limit =
                    FieldMarks.height(field.event()) + spread * (field.formOf(competitor) + 0.4 * field.luck() - 1.2);
            Map<String, String> attempts = attempts(field, heights, limit, step);
            series.add(attempts);
            finals.add(line(competitor.code(), attempts, true));
        }
        Outcome outcome = Placing.of(finals, false);
        List<Performance> performances = new ArrayList<>();
        for (int i = 0; i < finals.size(); i++) {
            String competitor = finals.get(i).competitor();
            Map<String, String> attempts = series.get(i);
            performances.add(progress -> {
                if (progress >= 1) {
                    return line(competitor, attempts, true);
                }
                List<String> reached = heights.subList(0, (int) Math.floor(progress * heights.size()));
                Map<String, String> sofar = new LinkedHashMap<>(attempts);
                sofar.keySet().retainAll(reached);
                return line(competitor, sofar, false);
            });
        }
        return new Performances(performances, outcome);
    }

    /** A competitor's attempts, height by height, until out: close to the limit, clearances take more attempts. */
    private static Map<String, String> attempts(Field field, List<String> heights, double limit, double step) {
        Map<String, String> attempts = new LinkedHashMap<>();
        int entry = field.random().nextInt(3);
        for (int i = entry; i < heights.size(); i++) {
            double height = Double.parseDouble(heights.get(i));
            double margin = (limit - height) / step;
            if (margin >= 3 && !attempts.isEmpty() && field.chance(0.15)) {
                attempts.put(heights.get(i), "-");
                continue;
            }
            String tries =
                    margin < 0 ? "XXX" : margin >= 2 || field.chance(0.5) ? "O" : field.chance(0.6) ? "XO" : "XXO";
            if (margin >= 0 && margin < 1 && field.chance(0.25)) {
                tries = "XXX";
            }
            attempts.put(heights.get(i), tries);
            if (tries.equals("XXX")) {
                break;
            }
        }
        return attempts;
    }

    /** The line of the attempts so far: the highest height cleared as the mark. */
    static Line line(String competitor, Map<String, String> attempts, boolean over) {
        String cleared = null;
        for (Map.Entry<String, String> height : attempts.entrySet()) {
            if (height.getValue().endsWith("O")) {
                cleared = height.getKey();
            }
        }
        if (cleared == null) {
            return over
                    ? new Line(competitor, null, "NM", null, null, null, new LinkedHashMap<>(attempts))
                    : Line.entered(competitor);
        }
        return new Line(competitor, cleared, null, null, null, null, new LinkedHashMap<>(attempts));
    }
}
