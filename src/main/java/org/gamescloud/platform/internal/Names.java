package org.gamescloud.platform.internal;

import org.gamescloud.platform.Bilingual;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Templates call {@code @names.of(item)} to show an item's name in the language of the request. */
@Component("names")
class Names {

    public String of(Bilingual item) {
        return item == null ? "" : item.nameIn(LocaleContextHolder.getLocale());
    }
}
