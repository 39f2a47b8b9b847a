package org.gamescloud.results.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gamescloud.games.Noc;
import org.junit.jupiter.api.Test;
import org.springframework.web.ErrorResponseException;

class MedalTableTests {

    // The top of the Hangzhou 2022 medal table.
    private static final List<MedalAwards.Standing> OFFICIAL = List.of(
            new MedalAwards.Standing(1, "CHN", 201, 111, 71, 383),
            new MedalAwards.Standing(2, "JPN", 52, 67, 69, 188),
            new MedalAwards.Standing(3, "KOR", 42, 59, 89, 190),
            new MedalAwards.Standing(4, "IND", 28, 38, 41, 107));
    private static final Map<String, Noc> NOCS = Map.of(
            "CHN", new Noc("CHN", "China", "中国", null),
            "JPN", new Noc("JPN", "Japan", "日本", null),
            "KOR", new Noc("KOR", "Republic of Korea", "韩国", null),
            "IND", new Noc("IND", "India", "印度", null));

    @Test
    void keepsTheOfficialRankWhateverTheOrder() {
        MedalTable byTotal = MedalTable.of(OFFICIAL, NOCS, MedalTable.Order.TOTAL, Locale.ENGLISH);

        assertThat(byTotal.rows()).extracting(MedalTable.Row::code).containsExactly("CHN", "KOR", "JPN", "IND");
        assertThat(byTotal.rows()).extracting(row -> row.standing().rank()).containsExactly(1, 3, 2, 4);
        assertThat(byTotal.maxTotal()).isEqualTo(383);
    }

    @Test
    void sortsByNameInTheReadersLanguage() {
        assertThat(MedalTable.of(OFFICIAL, NOCS, MedalTable.Order.NAME, Locale.ENGLISH)
                        .rows())
                .extracting(MedalTable.Row::code)
                .containsExactly("CHN", "IND", "JPN", "KOR");
        assertThat(MedalTable.of(OFFICIAL, NOCS, MedalTable.Order.NAME, Locale.SIMPLIFIED_CHINESE)
                        .rows())
                .extracting(row -> row.noc().nameZh())
                .containsExactly("韩国", "日本", "印度", "中国");
    }

    @Test
    void readsTheOrderFromTheAddress() {
        assertThat(MedalTable.Order.parse(null)).isEqualTo(MedalTable.Order.GOLD);
        assertThat(MedalTable.Order.parse("total")).isEqualTo(MedalTable.Order.TOTAL);
        assertThatThrownBy(() -> MedalTable.Order.parse("TOTAL")).isInstanceOf(ErrorResponseException.class);
    }
}
