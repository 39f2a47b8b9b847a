package org.gamescloud.results;

/**
 * An official revision was notarised in the trusted depository at {@code depositoryIndex}. Published by the
 * depository, so that results need not know it.
 */
public record ResultNotarised(String unitCode, int revision, long depositoryIndex) {}
