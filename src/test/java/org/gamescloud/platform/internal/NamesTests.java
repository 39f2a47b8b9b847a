package org.gamescloud.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.gamescloud.platform.Bilingual;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class NamesTests {

    private final Names names = new Names();

    record Item(String name, String nameZh) implements Bilingual {}

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void givesTheEnglishNameToEnglishReaders() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);

        assertThat(names.of(new Item("China", "中国"))).isEqualTo("China");
    }

    @Test
    void givesTheChineseNameToChineseReaders() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);

        assertThat(names.of(new Item("China", "中国"))).isEqualTo("中国");
    }

    @Test
    void fallsBackToTheOtherLanguageWhereANameIsMissing() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(names.of(new Item("Heat 1", null))).isEqualTo("Heat 1");
        assertThat(names.of(new Item("Heat 1", " "))).isEqualTo("Heat 1");

        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(names.of(new Item(null, "第1组"))).isEqualTo("第1组");
        assertThat(names.of(new Item(null, null))).isEmpty();
        assertThat(names.of(null)).isEmpty();
    }
}
