package org.gamescloud.live;

import java.time.Instant;
import java.util.Set;

/**
 * One update of the live stream was stored and will be pushed to subscribers. Published once, by the node that
 * stored it, in the transaction that stored it; ids increase in the order updates are published, so a consumer that
 * processes them by id sees every change in order (coalesced intermediate updates never get an id).
 *
 * @param id the global id of the update, also the SSE event id of {@code GET /api/live}
 * @param name the SSE event name: {@code result} or {@code medals}
 * @param eventCode the event the update belongs to ({@code null} when it spans events)
 * @param unitCode the unit the update belongs to ({@code null} for medal-table updates)
 * @param nocs the NOCs the update concerns, for {@code ?noc=} filters
 * @param data the SSE data: JSON exactly as the matching REST resource returns it
 * @param publishedAt when it was stored, on the Games clock
 */
public record LiveUpdatePublished(
        long id, String name, String eventCode, String unitCode, Set<String> nocs, String data, Instant publishedAt) {}
