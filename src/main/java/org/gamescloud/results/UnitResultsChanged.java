package org.gamescloud.results;

/** A results message was applied to a unit: a new revision exists. */
public record UnitResultsChanged(UnitResults results) {}
