package org.gamescloud.media.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PartnerFilterTests {

    private static final String EVENT = "SWMW100MFR------------";
    private static final String UNIT = "SWMW100MFR------------FNL-000100--";

    @Test
    void anEmptyFilterAdmitsEverythingMedalUpdatesIncluded() {
        assertThat(PartnerFilter.EVERYTHING.matches(EVENT, UNIT, Set.of("CHN"))).isTrue();
        assertThat(PartnerFilter.EVERYTHING.matches(null, null, Set.of("CHN", "JPN")))
                .isTrue();
    }

    @Test
    void aUnitFilterAdmitsOnlyItsUnitsAndNoMedalTableUpdates() {
        PartnerFilter filter = new PartnerFilter(Set.of(), Set.of(UNIT), Set.of());
        assertThat(filter.matches(EVENT, UNIT, Set.of())).isTrue();
        assertThat(filter.matches(EVENT, "SWMW100MFR------------HEAT000100--", Set.of()))
                .isFalse();
        assertThat(filter.matches(null, null, Set.of("CHN"))).isFalse();
    }

    @Test
    void aNocFilterAdmitsAnUpdateConcerningAnyOfItsNocs() {
        PartnerFilter filter = new PartnerFilter(Set.of(), Set.of(), Set.of("KOR", "JPN"));
        assertThat(filter.matches(EVENT, UNIT, Set.of("CHN", "JPN"))).isTrue();
        assertThat(filter.matches(null, null, Set.of("KOR"))).isTrue();
        assertThat(filter.matches(EVENT, UNIT, Set.of("CHN"))).isFalse();
        assertThat(filter.matches(EVENT, UNIT, null)).isFalse();
    }

    @Test
    void everyConditionMustHold() {
        PartnerFilter filter = new PartnerFilter(Set.of(EVENT), Set.of(), Set.of("CHN"));
        assertThat(filter.matches(EVENT, UNIT, Set.of("CHN"))).isTrue();
        assertThat(filter.matches(EVENT, UNIT, Set.of("HKG"))).isFalse();
        assertThat(filter.matches("ATHM100M--------------", UNIT, Set.of("CHN")))
                .isFalse();
    }
}
