package org.gamescloud.platform;

import java.util.Locale;

/**
 * Something the Games name in English and in Simplified Chinese (a NOC, a venue, an event…). Pages show the name of
 * the reader's language and fall back to the other where one is missing.
 */
public interface Bilingual {

    String name();

    String nameZh();

    /** The name for a reader of {@code locale} (Chinese for any Chinese locale), else the other one, else "". */
    default String nameIn(Locale locale) {
        boolean chinese = Locale.CHINESE.getLanguage().equals(locale.getLanguage());
        String preferred = chinese ? nameZh() : name();
        String fallback = chinese ? name() : nameZh();
        if (preferred != null && !preferred.isBlank()) {
            return preferred;
        }
        return fallback == null ? "" : fallback;
    }
}
