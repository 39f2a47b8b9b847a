package org.gamescloud;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

class BenchmarkChartTests {

    @Test
    void readsPercentilesOffSortedSamplesTheNearestRankWay() {
        double[] samples = IntStream.rangeClosed(1, 1000).asDoubleStream().toArray();
        List<double[]> points = BenchmarkChart.percentiles(samples);
        assertThat(valueAt(points, 50)).isEqualTo(500);
        assertThat(valueAt(points, 99)).isEqualTo(990);
        assertThat(valueAt(points, 99.9)).isEqualTo(999);
        assertThat(valueAt(points, 100)).isEqualTo(1000);
        assertThat(valueAt(points, 0)).as("the smallest sample").isEqualTo(1);
    }

    @Test
    void drawsWellFormedSvgWithOnePathPerSeriesAndItsLegend() throws Exception {
        String svg = new BenchmarkChart(
                        "Ingest → subscriber <latency>", "percentile", "ms", BenchmarkChart.Axis.PERCENTILE)
                .add("1,000 subscribers", BenchmarkChart.percentiles(new double[] {3, 4, 5, 9, 25}))
                .add("10,000 subscribers", BenchmarkChart.percentiles(new double[] {8, 12, 15, 40, 65}))
                .svg();
        var document = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(document.getElementsByTagName("path").getLength()).isEqualTo(2);
        assertThat(svg).contains("10,000 subscribers").contains("&lt;latency>").contains("99.9%");
    }

    @Test
    void roundsAxisCeilingsToFriendlyNumbers() {
        assertThat(BenchmarkChart.niceCeiling(65.2)).isEqualTo(100);
        assertThat(BenchmarkChart.niceCeiling(177.6)).isEqualTo(200);
        assertThat(BenchmarkChart.niceCeiling(12.97)).isEqualTo(20);
        assertThat(BenchmarkChart.niceCeiling(80_000)).isEqualTo(100_000);
        assertThat(BenchmarkChart.niceCeiling(2_300)).isEqualTo(2_500);
    }

    private static double valueAt(List<double[]> points, double percentile) {
        return points.stream().filter(p -> p[0] == percentile).findFirst().orElseThrow()[1];
    }
}
