package org.gamescloud.ticketing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BowlTests {

    @Test
    void anEightyThousandSeatStadiumIsSixRingsOfStandsAroundTheField() {
        SeatMap map = SeatMap.generate(80_000, false);
        Bowl.Layout layout = Bowl.layout(map.blocks().size());

        assertThat(layout.wedges()).hasSize(map.blocks().size());
        assertThat(ringOf(layout, layout.wedges().get(0))).isZero();
        assertThat(ringOf(layout, layout.wedges().get(layout.wedges().size() - 1)))
                .isEqualTo(5);
        assertThat(layout.wedges())
                .allSatisfy(w -> assertThat(w.labelX()).isBetween(0, layout.width()))
                .allSatisfy(w -> assertThat(w.labelY()).isBetween(0, layout.height()));
    }

    @Test
    void theBestBlocksFaceTheHalfwayLineAndTheCheapestAreBehindTheEnds() {
        Bowl.Layout layout =
                Bowl.layout(SeatMap.generate(80_000, false).blocks().size());
        Bowl.Wedge first = layout.wedges().get(0);
        Bowl.Wedge lastOfInnerRing = layout.wedges().get(11);

        assertThat(first.labelX()).isCloseTo(layout.centreX(), org.assertj.core.data.Offset.offset(2));
        assertThat(Math.abs(lastOfInnerRing.labelX() - layout.centreX())).isGreaterThan(Bowl.FIELD_RX);
        assertThat(ringOf(layout, layout.wedges().get(12))).isEqualTo(1);
    }

    @Test
    void eachWedgeIsAClosedPathOfTwoArcs() {
        List<Bowl.Wedge> wedges = Bowl.layout(4).wedges();

        assertThat(wedges)
                .hasSize(4)
                .allSatisfy(w -> assertThat(w.path())
                        .startsWith("M")
                        .endsWith("Z")
                        .containsPattern("A[0-9.]+ [0-9.]+ 0 0 1 .* A[0-9.]+ [0-9.]+ 0 0 0 "));
        assertThat(wedges).extracting(Bowl.Wedge::path).doesNotHaveDuplicates();
    }

    /** Which ring a label sits in, from its distance to the centre on the ellipse's scale. */
    private static int ringOf(Bowl.Layout layout, Bowl.Wedge wedge) {
        double dx = wedge.labelX() - layout.centreX();
        double dy = wedge.labelY() - layout.centreY();
        double angle = Math.atan2(dy / Bowl.FIELD_RY, dx / Bowl.FIELD_RX);
        double rx = Math.abs(Math.cos(angle)) > 0.5 ? Math.abs(dx / Math.cos(angle)) : Double.NaN;
        double ry = Math.abs(Math.sin(angle)) > 0.5 ? Math.abs(dy / Math.sin(angle)) : Double.NaN;
        double beyond = Double.isNaN(rx) ? ry - Bowl.FIELD_RY : rx - Bowl.FIELD_RX;
        return (int) Math.floor((beyond - Bowl.RING_GAP) / (Bowl.RING + Bowl.RING_GAP));
    }
}
