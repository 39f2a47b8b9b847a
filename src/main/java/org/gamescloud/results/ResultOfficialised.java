package org.gamescloud.results;

/**
 * A unit's results became OFFICIAL, or an official result was corrected ({@code correction}); each such revision is
 * published once.
 */
public record ResultOfficialised(UnitResults results, boolean correction, String note) {}
