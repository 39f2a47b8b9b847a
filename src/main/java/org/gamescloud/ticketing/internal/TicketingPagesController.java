package org.gamescloud.ticketing.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.gamescloud.platform.GamesClock;
import org.gamescloud.platform.Problems;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The ticket shop: sessions on sale, a session's seat map, checkout and the spectator's tickets. */
@Controller
class TicketingPagesController {

    private final SaleListing listing;
    private final SaleCatalog catalog;
    private final Inventories inventories;
    private final Purchases purchases;
    private final Refunds refunds;
    private final GamesClock clock;

    TicketingPagesController(
            SaleListing listing,
            SaleCatalog catalog,
            Inventories inventories,
            Purchases purchases,
            Refunds refunds,
            GamesClock clock) {
        this.listing = listing;
        this.catalog = catalog;
        this.inventories = inventories;
        this.purchases = purchases;
        this.refunds = refunds;
        this.clock = clock;
    }

    @GetMapping("/ticketing")
    String onSale(
            @RequestParam(required = false) String sport,
            @RequestParam(required = false) LocalDate date,
            @RequestParam(required = false) String city,
            Model model) {
        model.addAttribute("sessions", listing.list(clock.now(), new SaleListing.Filter(sport, date, city)));
        model.addAttribute("sport", sport);
        model.addAttribute("date", date);
        model.addAttribute("city", city);
        return "ticketing/sessions";
    }

    @GetMapping("/ticketing/sessions/{code}")
    String session(
            @PathVariable String code,
            @RequestParam(required = false) String block,
            @RequestParam(required = false, defaultValue = "") String seats,
            Model model) {
        SaleSession session = find(code);
        BitSet taken = inventories.of(session).snapshot();
        Set<Integer> picked = parseSeats(seats);
        model.addAttribute("sale", session);
        model.addAttribute("onSale", session.onSaleAt(clock.now()));
        model.addAttribute("venue", SeatMapPicture.venue(session.seatMap(), taken));
        model.addAttribute("picked", picked);
        model.addAttribute("seatsParam", seats);
        model.addAttribute(
                "pickedLabels", picked.stream().map(session.seatMap()::label).toList());
        session.seatMap().blocks().stream()
                .filter(b -> b.name().equals(block) && !b.standing())
                .findFirst()
                .ifPresent(chosen -> {
                    model.addAttribute("block", chosen);
                    model.addAttribute("seatShapes", SeatMapPicture.seats(chosen, taken, picked));
                    model.addAttribute("seatsHeight", chosen.rows() * (SeatMapPicture.SEAT + 2));
                    model.addAttribute(
                            "toggles",
                            SeatMapPicture.seats(chosen, taken, picked).stream()
                                    .map(s -> SeatMapPicture.toggle(picked, s.seatNo()))
                                    .toList());
                });
        return "ticketing/session";
    }

    @GetMapping("/ticketing/sessions/{code}/checkout")
    String checkout(
            @PathVariable String code,
            @RequestParam(required = false, defaultValue = "") String seats,
            @RequestParam(required = false) String category,
            @RequestParam(required = false, defaultValue = "1") int quantity,
            Authentication authentication,
            Model model) {
        if (authentication == null) {
            return "redirect:/login";
        }
        SaleSession session = find(code);
        Set<Integer> picked = parseSeats(seats);
        CheckoutForm form = new CheckoutForm();
        form.setSeats(seats);
        form.setIdempotencyKey(UUID.randomUUID().toString());
        form.setCategory(picked.isEmpty() ? category : categoryOf(session, picked));
        int count = picked.isEmpty() ? Math.max(1, Math.min(quantity, 6)) : picked.size();
        for (int i = 0; i < count; i++) {
            form.getHolders().add(new CheckoutForm.HolderFields());
        }
        return checkoutPage(session, form, picked, null, model);
    }

    @PostMapping("/ticketing/sessions/{code}/checkout")
    String buy(
            @PathVariable String code, @ModelAttribute CheckoutForm form, Authentication authentication, Model model) {
        if (authentication == null) {
            return "redirect:/login";
        }
        SaleSession session = find(code);
        Set<Integer> picked = parseSeats(form.getSeats());
        List<OrderRequest.Holder> holders = form.getHolders().stream()
                .map(h -> new OrderRequest.Holder(h.getName(), h.getIdType(), h.getIdNumber()))
                .toList();
        OrderRequest request = new OrderRequest(
                code, form.getCategory(), holders.size(), holders, picked.isEmpty() ? null : new ArrayList<>(picked));
        try {
            OrderView order = purchases.purchase(authentication.getName(), form.getIdempotencyKey(), request);
            return "redirect:/ticketing/my-tickets?order=" + order.orderId();
        } catch (ErrorResponseException e) {
            return checkoutPage(session, form, picked, e.getBody().getDetail(), model);
        }
    }

    @GetMapping("/ticketing/my-tickets")
    String myTickets(Authentication authentication, Model model) {
        if (authentication == null) {
            return "redirect:/login";
        }
        model.addAttribute("tickets", refunds.ticketsOf(authentication.getName()));
        return "ticketing/my-tickets";
    }

    private String checkoutPage(
            SaleSession session, CheckoutForm form, Set<Integer> picked, String error, Model model) {
        model.addAttribute("sale", session);
        model.addAttribute("form", form);
        model.addAttribute(
                "pickedLabels", picked.stream().map(session.seatMap()::label).toList());
        model.addAttribute("categories", session.categories());
        model.addAttribute(
                "idTypes", Arrays.stream(IdType.values()).map(Enum::name).toList());
        model.addAttribute("error", error);
        return "ticketing/checkout";
    }

    private SaleSession find(String code) {
        return catalog.find(code).orElseThrow(() -> Problems.notFound("No session " + code));
    }

    private static String categoryOf(SaleSession session, Set<Integer> picked) {
        return session.categoryOfSeat(picked.iterator().next())
                .map(SaleSession.Category::code)
                .orElse(null);
    }

    static Set<Integer> parseSeats(String seats) {
        if (seats == null || seats.isBlank()) {
            return Set.of();
        }
        try {
            return Arrays.stream(seats.split(","))
                    .map(String::strip)
                    .map(Integer::valueOf)
                    .limit(6)
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (NumberFormatException e) {
            throw Problems.badRequest("seats must be seat numbers separated by commas");
        }
    }
}
