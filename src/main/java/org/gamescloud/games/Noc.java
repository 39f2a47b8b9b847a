package org.gamescloud.games;

import org.gamescloud.platform.Bilingual;

/** A National Olympic Committee, e.g. {@code CHN} China 中国. */
public record Noc(String code, String name, String nameZh, String region) implements Bilingual {}
