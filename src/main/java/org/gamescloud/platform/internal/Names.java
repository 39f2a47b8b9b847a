package org.gamescloud.platform.internal;

import java.util.Locale;
import org.gamescloud.platform.Bilingual;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Templates call {@code @names.of(item)} to show an item's name in the language of the request. */
@Component("names")
class Names {

    public String of(Bilingual item) {
        if (item == null) {
            return "";
        }
        boolean chinese = isChinese(LocaleContextHolder.getLocale());
        String preferred = chinese ? item.nameZh() : item.name();
        String fallback = chinese ? item.name() : item.nameZh();
        if (preferred != null && !preferred.isBlank()) {
            return preferred;
        }
        return fallback == null ? "" : fallback;
    }

    static boolean isChinese(Locale locale) {
        return Locale.CHINESE.getLanguage().equals(locale.getLanguage());
    }
}
