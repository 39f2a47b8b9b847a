package org.gamescloud;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

/**
 * A line chart as a self-contained SVG, for benchmark results that people would rather look at than read: a stadium
 * selling out over time, or a latency distribution by percentile (HdrHistogram style, where the tail gets the room).
 */
public final class BenchmarkChart {

    /** How the x axis is laid out. */
    public enum Axis {
        LINEAR,
        /** Percentiles 0–99.99 spread by their nines: 90, 99 and 99.9 sit one step apart. */
        PERCENTILE
    }

    public record Series(String name, List<double[]> points) {}

    private static final String[] COLOURS = {"#c0392b", "#2471a3", "#1e8449", "#b9770e", "#7d3c98"};
    private static final int WIDTH = 720;
    private static final int PLOT_HEIGHT = 300;
    private static final int LEFT = 70;
    private static final int RIGHT = 20;
    private static final int BOTTOM = 60;
    private static final int LEGEND_ROW = 16;

    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final Axis axis;
    private final List<Series> series = new ArrayList<>();

    public BenchmarkChart(String title, String xLabel, String yLabel, Axis axis) {
        this.title = title;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
        this.axis = axis;
    }

    public BenchmarkChart add(String name, List<double[]> points) {
        series.add(new Series(name, points));
        return this;
    }

    /** The points of a latency distribution by percentile, from sorted samples. */
    public static List<double[]> percentiles(double[] sorted) {
        List<double[]> points = new ArrayList<>();
        if (sorted.length == 0) {
            return points;
        }
        for (double p : new double[] {0, 10, 25, 50, 75, 90, 95, 97, 99, 99.5, 99.9, 99.95, 99.99}) {
            int index = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length / 100 - 1e-9) - 1);
            points.add(new double[] {p, sorted[Math.max(0, index)]});
        }
        points.add(new double[] {100, sorted[sorted.length - 1]});
        return points;
    }

    public String svg() {
        DoubleUnaryOperator toX = axis == Axis.PERCENTILE ? p -> -Math.log10(Math.max(1e-4, 1 - p / 100)) : x -> x;
        double maxX = series.stream()
                .flatMap(s -> s.points().stream())
                .mapToDouble(p -> toX.applyAsDouble(p[0]))
                .max()
                .orElse(1);
        double maxY = niceCeiling(series.stream()
                .flatMap(s -> s.points().stream())
                .mapToDouble(p -> p[1])
                .max()
                .orElse(1));
        // the legend sits between the title and the plot, where it hides no line
        int top = 40 + LEGEND_ROW * series.size();
        int height = top + PLOT_HEIGHT + BOTTOM;
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = PLOT_HEIGHT;
        DoubleUnaryOperator px = x -> LEFT + toX.applyAsDouble(x) / Math.max(maxX, 1e-9) * plotWidth;
        DoubleUnaryOperator py = y -> top + plotHeight - y / maxY * plotHeight;

        StringBuilder svg = new StringBuilder();
        svg.append(format(
                "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 %d %d' font-family='sans-serif' font-size='12'>%n",
                WIDTH, height));
        svg.append(format("<rect width='%d' height='%d' fill='white'/>%n", WIDTH, height));
        svg.append(format("<text x='%d' y='22' font-size='15' font-weight='bold'>%s</text>%n", LEFT, escape(title)));
        for (int i = 0; i <= 5; i++) {
            double y = maxY * i / 5;
            double at = py.applyAsDouble(y);
            svg.append(format(
                    "<line x1='%d' x2='%d' y1='%.1f' y2='%.1f' stroke='#ddd'/>"
                            + "<text x='%d' y='%.1f' text-anchor='end'>%s</text>%n",
                    LEFT, WIDTH - RIGHT, at, at, LEFT - 6, at + 4, number(y)));
        }
        for (double x : xTicks(maxX)) {
            double at = px.applyAsDouble(x);
            svg.append(format(
                    "<line x1='%.1f' x2='%.1f' y1='%d' y2='%d' stroke='#eee'/>"
                            + "<text x='%.1f' y='%d' text-anchor='middle'>%s</text>%n",
                    at,
                    at,
                    top,
                    height - BOTTOM,
                    at,
                    height - BOTTOM + 16,
                    axis == Axis.PERCENTILE ? number(x) + "%" : number(x)));
        }
        svg.append(format(
                "<text x='%.1f' y='%d' text-anchor='middle'>%s</text>%n",
                LEFT + plotWidth / 2, height - 18, escape(xLabel)));
        svg.append(format(
                "<text transform='translate(16 %.1f) rotate(-90)' text-anchor='middle'>%s</text>%n",
                top + plotHeight / 2, escape(yLabel)));
        for (int i = 0; i < series.size(); i++) {
            Series line = series.get(i);
            String colour = COLOURS[i % COLOURS.length];
            StringBuilder path = new StringBuilder();
            for (double[] point : line.points()) {
                path.append(path.isEmpty() ? "M" : " L")
                        .append(format("%.1f %.1f", px.applyAsDouble(point[0]), py.applyAsDouble(point[1])));
            }
            svg.append(format("<path d='%s' fill='none' stroke='%s' stroke-width='2'/>%n", path, colour));
            int legendY = 42 + LEGEND_ROW * i;
            svg.append(format(
                    "<line x1='%d' x2='%d' y1='%d' y2='%d' stroke='%s' stroke-width='3'/>"
                            + "<text x='%d' y='%d'>%s</text>%n",
                    LEFT + 10, LEFT + 30, legendY - 4, legendY - 4, colour, LEFT + 36, legendY, escape(line.name())));
        }
        return svg.append("</svg>\n").toString();
    }

    public void writeTo(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, svg());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Double> xTicks(double maxX) {
        if (axis == Axis.PERCENTILE) {
            List<Double> ticks = new ArrayList<>(List.of(0.0, 50.0, 90.0, 99.0, 99.9, 99.99));
            ticks.removeIf(p -> -Math.log10(Math.max(1e-4, 1 - p / 100)) > maxX + 1e-9);
            return ticks;
        }
        double step = niceCeiling(maxX / 6);
        List<Double> ticks = new ArrayList<>();
        for (double x = 0; x <= maxX + 1e-9; x += step) {
            ticks.add(x);
        }
        return ticks;
    }

    static double niceCeiling(double value) {
        if (value <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (value <= step * magnitude) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) value);
        }
        return String.format(Locale.ROOT, "%.2f", value).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace("'", "&apos;");
    }
}
