package org.gamescloud.platform;

/**
 * Something the Games name in English and in Simplified Chinese (a NOC, a venue, an event…). Pages show the name of
 * the reader's language and fall back to the other where one is missing.
 */
public interface Bilingual {

    String name();

    String nameZh();
}
