package org.gamescloud.ticketing.internal;

import java.util.List;

/**
 * {@code POST /api/ticketing/orders} as received. {@code seats} (optional, pages only) asks for exact seats picked on
 * the seat map; without it the best available seats of the category are given, side by side where possible.
 */
record OrderRequest(String session, String category, Integer quantity, List<Holder> holders, List<Integer> seats) {

    record Holder(String name, String idType, String idNumber) {}
}
