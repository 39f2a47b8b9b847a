package org.gamescloud.games;

import org.gamescloud.platform.Bilingual;

/** A discipline of a sport, e.g. {@code SWM} Swimming of Aquatics; events belong to one. */
public record Discipline(String code, String sport, String name, String nameZh) implements Bilingual {}
