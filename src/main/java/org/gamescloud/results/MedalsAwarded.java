package org.gamescloud.results;

import java.util.List;

/** The medals of a unit changed: first awarded, or re-awarded by a correction ({@code withdrawn} not empty). */
public record MedalsAwarded(String unitCode, int revision, List<MedalAward> awarded, List<MedalAward> withdrawn) {}
