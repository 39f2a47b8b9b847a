package org.gamescloud.ticketing.internal;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import org.gamescloud.platform.GamesClock;
import org.gamescloud.platform.Problems;
import org.gamescloud.ticketing.TicketClaims;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Buying tickets: validate, claim seats in memory, sign the e-tickets, charge, then write. A payment captured at once
 * (the usual case, and the whole of a flash sale) is written as a paid order with valid tickets in one group commit; a
 * payment that answers later by callback is written as a hold (PAYING) that the callback or the reconciler settles. A
 * retry with the same idempotency key replays the stored order; a rejected or failed attempt leaves nothing held and
 * keeps no money (its charge is refunded).
 */
@Service
class Purchases {

    private static final Duration CALLBACK_WAIT = Duration.ofSeconds(3);

    private final SaleCatalog catalog;
    private final Inventories inventories;
    private final HolderIds holderIds;
    private final ETicketCodec codec;
    private final LedgerWriter writer;
    private final PaymentProvider payments;
    private final OrderLifecycle lifecycle;
    private final Settlements settlements;
    private final Orders orders;
    private final GamesClock clock;
    private final TicketingProperties properties;

    Purchases(
            SaleCatalog catalog,
            Inventories inventories,
            HolderIds holderIds,
            ETicketCodec codec,
            LedgerWriter writer,
            PaymentProvider payments,
            OrderLifecycle lifecycle,
            Settlements settlements,
            Orders orders,
            GamesClock clock,
            TicketingProperties properties) {
        this.catalog = catalog;
        this.inventories = inventories;
        this.holderIds = holderIds;
        this.codec = codec;
        this.writer = writer;
        this.payments = payments;
        this.lifecycle = lifecycle;
        this.settlements = settlements;
        this.orders = orders;
        this.clock = clock;
        this.properties = properties;
    }

    OrderView purchase(String account, String idempotencyKey, OrderRequest request) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
            throw Problems.badRequest("The Idempotency-Key header is required (at most 200 characters)");
        }
        List<ValidHolder> holders = validate(request);
        byte[] fingerprint = holderIds.fingerprint(canonical(request, holders));
        SaleSession session =
                catalog.find(request.session()).orElseThrow(() -> Problems.notFound("No session " + request.session()));
        SaleSession.Category category = session.findCategory(request.category())
                .orElseThrow(() -> Problems.badRequest("Session " + session.code() + " has no category "
                        + request.category() + "; categories: "
                        + session.categories().stream()
                                .map(SaleSession.Category::code)
                                .collect(Collectors.joining(", "))));
        if (!session.onSaleAt(clock.now())) {
            return replayOr(account, idempotencyKey, fingerprint, "Session " + session.code() + " is not on sale now");
        }
        if (holders.size() > properties.accountLimit()) {
            throw Problems.conflict("At most " + properties.accountLimit() + " tickets per account for a session");
        }
        List<byte[]> hashes = holders.stream()
                .map(h -> holderIds.hash(h.idType(), h.idNumber()))
                .toList();
        if (hashes.stream().map(ByteBuffer::wrap).distinct().count() < hashes.size()) {
            throw Problems.conflict("One ticket per ID per session: an ID appears twice in the order");
        }
        SeatInventory inventory = inventories.of(session);
        Optional<int[]> claimed = claimSeats(inventory, category, request.seats(), holders.size());
        if (claimed.isEmpty()) {
            return replayOr(
                    account,
                    idempotencyKey,
                    fingerprint,
                    "Sold out: fewer than " + holders.size() + " seats left in category " + category.code()
                            + " (or a chosen seat was taken)");
        }
        HoldCommand command =
                command(account, idempotencyKey, fingerprint, session, category, holders, hashes, claimed.get());
        PaymentProvider.ChargeStatus charge = payments.authorize(command.orderId(), account, command.amount());
        if (charge == PaymentProvider.ChargeStatus.AUTHORIZED) {
            return write(command.asPaid(), inventory, fingerprint).orElseGet(() -> {
                lifecycle.issued(command);
                return paidView(command);
            });
        }
        Optional<OrderView> earlier = write(command, inventory, fingerprint);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        if (charge == PaymentProvider.ChargeStatus.DECLINED) {
            lifecycle.failed(command.orderId());
        } else {
            settlements.await(command.orderId(), CALLBACK_WAIT);
        }
        Orders.Order order = orders.find(command.orderId()).orElseThrow();
        return OrderView.of(order, orders.ticketsOf(command.orderId()));
    }

    /**
     * Writes the order (one group commit). When it is not written — a retry of an earlier order, a holder or account
     * limit only the ledger sees, or a database failure — its seats go back on sale and its charge is refunded (or
     * cancelled, if still pending), and the answer is the earlier order or a problem.
     *
     * @return empty when the order was written; else the earlier order that this request retries
     */
    private Optional<OrderView> write(HoldCommand command, SeatInventory inventory, byte[] fingerprint) {
        HoldResult written;
        try {
            written = writer.hold(command).join();
        } catch (CompletionException e) {
            written = committedAnyway(command.orderId()) ? HoldResult.HELD : null;
        }
        if (written != null && written.outcome() == HoldResult.Outcome.HELD) {
            return Optional.empty();
        }
        inventory.release(command.seats());
        payments.refund(command.orderId());
        if (written == null) {
            throw Problems.problem(
                    HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "The order could not be written; retry");
        }
        if (written.outcome() == HoldResult.Outcome.DUPLICATE_KEY) {
            return Optional.of(replay(awaitOrder(command.account(), command.idempotencyKey()), fingerprint));
        }
        throw Problems.conflict(written.problem());
    }

    /** A failed commit may still have reached the disk; a paid order must then be kept, not refunded. */
    private boolean committedAnyway(UUID orderId) {
        try {
            return orders.find(orderId)
                    .map(order -> !"REJECTED".equals(order.state()))
                    .orElse(false);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** A retry of an order written earlier is answered from it, whatever the stock is now. */
    private OrderView replayOr(String account, String key, byte[] fingerprint, String conflict) {
        return orders.findByKey(account, key)
                .map(order -> replay(order, fingerprint))
                .orElseThrow(() -> Problems.conflict(conflict));
    }

    private Optional<int[]> claimSeats(
            SeatInventory inventory, SaleSession.Category category, List<Integer> wanted, int quantity) {
        if (wanted != null && !wanted.isEmpty()) {
            int[] seats = wanted.stream().mapToInt(Integer::intValue).toArray();
            boolean inCategory = Arrays.stream(seats)
                    .allMatch(s -> s >= category.seats().first()
                            && s < category.seats().end());
            if (seats.length != quantity
                    || !inCategory
                    || Arrays.stream(seats).distinct().count() != quantity) {
                throw Problems.badRequest(
                        "seats must name " + quantity + " different seats of category " + category.code());
            }
            return inventory.claim(seats) ? Optional.of(seats) : Optional.empty();
        }
        return inventory.claimBestAvailable(category.seats(), quantity);
    }

    private HoldCommand command(
            String account,
            String key,
            byte[] fingerprint,
            SaleSession session,
            SaleSession.Category category,
            List<ValidHolder> holders,
            List<byte[]> hashes,
            int[] seats) {
        List<HoldCommand.TicketDraft> tickets = new ArrayList<>();
        long millis = clock.instant().toEpochMilli();
        for (int i = 0; i < holders.size(); i++) {
            ValidHolder holder = holders.get(i);
            UUID ticketId = OrderedIds.next(millis);
            String label = session.seatMap().label(seats[i]);
            ETicketCodec.Signed signed = codec.sign(
                    new TicketClaims(ticketId.toString(), session.code(), session.venue(), holder.name(), label),
                    session.start(),
                    session.end());
            tickets.add(new HoldCommand.TicketDraft(
                    ticketId,
                    seats[i],
                    label,
                    holder.name(),
                    hashes.get(i),
                    HolderIds.lastFour(holder.idNumber()),
                    holder.idType(),
                    signed.qr(),
                    signed.kid()));
        }
        BigDecimal amount = category.price().multiply(BigDecimal.valueOf(holders.size()));
        return new HoldCommand(
                OrderedIds.next(millis),
                account,
                key,
                fingerprint,
                session.code(),
                category.code(),
                amount,
                clock.now().plus(properties.hold()),
                tickets,
                false);
    }

    /** The answer to a fresh paid order, built from what was just written (no read on the hot path). */
    private static OrderView paidView(HoldCommand command) {
        return new OrderView(
                command.orderId().toString(),
                "PAID",
                command.tickets().stream()
                        .sorted(java.util.Comparator.comparingInt(HoldCommand.TicketDraft::seatNo))
                        .map(t -> new OrderView.TicketView(t.id().toString(), t.seatLabel(), t.holderName(), t.qr()))
                        .toList());
    }

    private OrderView replay(Orders.Order order, byte[] fingerprint) {
        if (!Arrays.equals(order.requestHash(), fingerprint)) {
            throw Problems.unprocessable("This Idempotency-Key was used with a different request");
        }
        if ("REJECTED".equals(order.state())) {
            throw Problems.conflict(order.problem());
        }
        return OrderView.of(order, orders.ticketsOf(order.id()));
    }

    /** A concurrent request with the same key won the race: its order is committed by now. */
    private Orders.Order awaitOrder(String account, String key) {
        return orders.findByKey(account, key)
                .orElseThrow(() -> Problems.conflict("A request with this Idempotency-Key is in progress; retry"));
    }

    private static List<ValidHolder> validate(OrderRequest request) {
        if (request == null || request.session() == null || request.category() == null) {
            throw Problems.badRequest("session and category are required");
        }
        if (request.quantity() == null || request.quantity() < 1) {
            throw Problems.badRequest("quantity must be at least 1");
        }
        if (request.holders() == null || request.holders().size() != request.quantity()) {
            throw Problems.badRequest("holders must have exactly quantity (" + request.quantity() + ") entries");
        }
        List<ValidHolder> holders = new ArrayList<>();
        for (int i = 0; i < request.holders().size(); i++) {
            holders.add(ValidHolder.of(request.holders().get(i), i));
        }
        return holders;
    }

    private static String canonical(OrderRequest request, List<ValidHolder> holders) {
        Set<Integer> seats = request.seats() == null ? Set.of() : new HashSet<>(request.seats());
        return request.session() + "\u0001" + request.category() + "\u0001" + request.quantity() + "\u0001"
                + holders.stream().map(ValidHolder::canonical).collect(Collectors.joining("\u0001")) + "\u0001"
                + seats.stream().sorted().toList();
    }
}
