package org.gamescloud.ticketing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContext;
import org.springframework.web.ErrorResponseException;

/**
 * TEST ONLY, for other modules' benchmarks that need many real tickets quickly (the gate-scan benchmark): sells a
 * session out through {@link Purchases}, the flash-sale path the API calls, so every ticket is a real one, written
 * VALID with its Ed25519-signed QR payload. Clients buy pairs of real-name tickets in the four categories, a new
 * account every three orders (the account limit), until every category answers "sold out".
 */
public final class StadiumSale {

    private static final String CATEGORIES = "ABCD";

    private StadiumSale() {}

    /** Sells the session out with {@code clients} concurrent buyers; returns the tickets sold. */
    public static int sellOut(ApplicationContext context, String session, int clients) throws InterruptedException {
        Purchases purchases = context.getBean(Purchases.class);
        AtomicBoolean[] soldOut = {new AtomicBoolean(), new AtomicBoolean(), new AtomicBoolean(), new AtomicBoolean()};
        AtomicInteger tickets = new AtomicInteger();
        List<Thread> buyers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread buyer = new Thread(() -> {
                for (int attempt = 0; ; attempt++) {
                    int category = TicketingStorm.pickCategory(soldOut, client + attempt);
                    if (category < 0) {
                        return;
                    }
                    OrderRequest request = new OrderRequest(
                            session, String.valueOf(CATEGORIES.charAt(category)), 2, TicketingStorm.holders(2), null);
                    try {
                        tickets.addAndGet(purchases
                                .purchase("gates-" + session + "-" + client + "-" + attempt / 3, "k" + attempt, request)
                                .tickets()
                                .size());
                    } catch (ErrorResponseException e) {
                        String detail = e.getBody().getDetail();
                        if (detail != null && detail.startsWith("Sold out")) {
                            soldOut[category].set(true);
                        }
                    }
                }
            });
            buyers.add(buyer);
            buyer.start();
        }
        for (Thread buyer : buyers) {
            buyer.join();
        }
        return tickets.get();
    }
}
