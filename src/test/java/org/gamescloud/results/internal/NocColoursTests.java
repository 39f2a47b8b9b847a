package org.gamescloud.results.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class NocColoursTests {

    private final NocColours colours = new NocColours();

    @Test
    void givesANocTheSameColourEveryTime() {
        assertThat(colours.of("CHN"))
                .isEqualTo(colours.of("CHN"))
                .isEqualTo("hsl(" + NocColours.hue("CHN") + " 60% 28%)");
    }

    @Test
    void setsNeighbouringCodesApart() {
        List<String> codes = List.of("CHN", "CHM", "KOR", "KOS", "JPN", "JPM");
        for (int i = 0; i < codes.size(); i += 2) {
            int difference = Math.abs(NocColours.hue(codes.get(i)) - NocColours.hue(codes.get(i + 1)));
            assertThat(Math.min(difference, 360 - difference)).as(codes.get(i)).isGreaterThan(20);
        }
    }

    @Test
    void keepsWhiteTextReadableAtEveryHue() {
        IntStream.range(0, 360)
                .forEach(hue ->
                        assertThat(contrastWithWhite(hue)).as("hue %d", hue).isGreaterThanOrEqualTo(4.5));
    }

    /** WCAG 2 contrast of white on hsl(hue, saturation, lightness). */
    private static double contrastWithWhite(int hue) {
        double s = NocColours.SATURATION_PERCENT / 100.0;
        double l = NocColours.LIGHTNESS_PERCENT / 100.0;
        double c = (1 - Math.abs(2 * l - 1)) * s;
        double x = c * (1 - Math.abs((hue / 60.0) % 2 - 1));
        double m = l - c / 2;
        double[] rgb = switch (hue / 60) {
            case 0 -> new double[] {c, x, 0};
            case 1 -> new double[] {x, c, 0};
            case 2 -> new double[] {0, c, x};
            case 3 -> new double[] {0, x, c};
            case 4 -> new double[] {x, 0, c};
            default -> new double[] {c, 0, x};
        };
        double luminance = 0.2126 * linear(rgb[0] + m) + 0.7152 * linear(rgb[1] + m) + 0.0722 * linear(rgb[2] + m);
        return 1.05 / (luminance + 0.05);
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
