package org.gamescloud.travel.internal;

/** What an import found: the rows of stops.txt, routes.txt and trips.txt that are routed on. */
public record FeedSummary(String id, int stops, int routes, int trips) {}
