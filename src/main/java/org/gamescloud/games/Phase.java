package org.gamescloud.games;

import org.gamescloud.platform.Bilingual;

/** A phase of an event, e.g. the heats ({@code HEAT}) or the final ({@code FNL}): the ODF phase type, unpadded. */
public record Phase(String event, String type, String name, String nameZh) implements Bilingual {}
