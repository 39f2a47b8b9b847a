package org.gamescloud.ticketing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import org.junit.jupiter.api.Test;

class SeatRulesTests {

    @Test
    void generatesTheSameSeatMapForACapacityEveryTime() {
        SeatMap stadium = SeatMap.generate(80_000, false);
        assertThat(stadium.capacity()).isEqualTo(80_000);
        assertThat(stadium.categories().keySet()).containsExactly("A", "B", "C", "D");
        assertThat(stadium.label(0)).isEqualTo("Block 101, Row 1, Seat 1");
        assertThat(stadium.label(26)).isEqualTo("Block 101, Row 2, Seat 2");
        assertThat(SeatMap.generate(80_000, false).label(41_234)).isEqualTo(stadium.label(41_234));
    }

    @Test
    void sellsRoadVenuesAsStandingAreas() {
        SeatMap road = SeatMap.generate(2_001, true);
        assertThat(road.capacity()).isEqualTo(2_001);
        assertThat(road.label(0)).isEqualTo("Standing A");
        assertThat(road.label(2_000)).isEqualTo("Standing D");
    }

    @Test
    void keepsAGroupTogetherInOneRowSkippingARowWithTooFewSeatsLeft() {
        SeatMap map = SeatMap.generate(1_000, false);
        BitSet taken = new BitSet();
        taken.set(0, 23);
        SeatInventory inventory = new SeatInventory(map, taken);
        int[] seats = inventory.claimBestAvailable(map.categories().get("A"), 4).orElseThrow();
        assertThat(seats).containsExactly(25, 26, 27, 28);
        assertThat(map.label(seats[0])).endsWith("Row 2, Seat 1");
    }

    @Test
    void scattersAGroupOnlyWhenNoRowHoldsItAndRefusesWhenTooFewAreLeft() {
        SeatMap map = SeatMap.generate(100, true);
        SeatInventory inventory = new SeatInventory(map, new BitSet());
        SeatMap.SeatRange area = map.categories().get("A");
        assertThat(inventory.claimBestAvailable(area, 25)).isPresent();
        assertThat(inventory.claimBestAvailable(area, 1)).isEmpty();
        inventory.release(new int[] {3, 17});
        assertThat(inventory.claimBestAvailable(area, 2))
                .hasValueSatisfying(s -> assertThat(s).containsExactly(3, 17));
    }

    @Test
    void checksTheGb11643CheckCharacter() {
        assertThat(IdType.CN_ID.accepts("11010519491231002X")).isTrue();
        assertThat(IdType.CN_ID.accepts("110105194912310021")).isFalse();
        assertThat(IdType.CN_ID.accepts("11010519491231002")).isFalse();
        assertThat(IdType.PASSPORT.accepts(IdType.normalise("e 1234 5678"))).isTrue();
        assertThat(IdType.PASSPORT.accepts("E12-34")).isFalse();
        assertThat(IdType.HKMO_PERMIT.accepts("H12345678")).isTrue();
        assertThat(IdType.TW_PERMIT.accepts("1234567")).isFalse();
    }

    @Test
    void pricesFinalsAboveHeatsAndCategoryAAboveD() {
        assertThat(PriceList.price("A", "ATH", PriceList.Stage.FINAL))
                .isGreaterThan(PriceList.price("A", "ATH", PriceList.Stage.PRELIMINARY));
        assertThat(PriceList.price("A", "ATH", PriceList.Stage.FINAL)).hasToString("560.00");
        assertThat(PriceList.price("D", "SQU", PriceList.Stage.PRELIMINARY)).hasToString("40.00");
    }
}
