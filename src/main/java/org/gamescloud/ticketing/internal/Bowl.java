package org.gamescloud.ticketing.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Where the blocks of a seat map sit in a picture of the venue: rings of stands around an oval field, the first ring
 * nearest the field. Blocks are placed in seat-map order (category A first) on the best places left: inner rings
 * before outer ones and, within a ring, the long sides (level with the halfway line) before the ends, which is how
 * stadiums price their stands.
 */
final class Bowl {

    /** The field: an ellipse with these radii around the centre. */
    static final int FIELD_RX = 110;

    static final int FIELD_RY = 50;
    static final int RING = 28;
    static final int RING_GAP = 4;
    static final int MARGIN = 10;
    private static final int FIRST_RING_PLACES = 12;
    private static final int MORE_PLACES_PER_RING = 6;
    private static final double GAP_RADIANS = Math.toRadians(1.2);

    /** One block's wedge: an SVG path, and where its label goes. */
    record Wedge(String path, int labelX, int labelY) {}

    record Layout(List<Wedge> wedges, int width, int height) {

        int centreX() {
            return width / 2;
        }

        int centreY() {
            return height / 2;
        }
    }

    private record Place(int ring, double angle, double span) {}

    private Bowl() {}

    static Layout layout(int blocks) {
        List<Place> places = places(blocks);
        int rings = places.stream().mapToInt(Place::ring).max().orElse(0) + 1;
        int reach = rings * (RING + RING_GAP);
        int width = 2 * (FIELD_RX + reach + MARGIN);
        int height = 2 * (FIELD_RY + reach + MARGIN);
        List<Wedge> wedges = new ArrayList<>(blocks);
        for (Place place : places) {
            wedges.add(wedge(place, width / 2.0, height / 2.0));
        }
        return new Layout(wedges, width, height);
    }

    /** The best {@code blocks} places, best first: rings filled inside out, the sides of a ring before its ends. */
    private static List<Place> places(int blocks) {
        List<Place> places = new ArrayList<>();
        int left = blocks;
        for (int ring = 0; left > 0; ring++) {
            int room = FIRST_RING_PLACES + MORE_PLACES_PER_RING * ring;
            int here = Math.min(room, left);
            int slots = Math.max(here, 4);
            List<Place> ringPlaces = new ArrayList<>();
            for (int i = 0; i < here; i++) {
                // Angle 0 is the middle of the lower long side (SVG y grows downwards), so the slots are symmetric.
                double angle = Math.PI / 2 + 2 * Math.PI * i / slots;
                ringPlaces.add(new Place(ring, angle, 2 * Math.PI / slots));
            }
            ringPlaces.sort(Comparator.comparingDouble(p -> Math.abs(Math.cos(p.angle()))));
            places.addAll(ringPlaces);
            left -= here;
        }
        return places;
    }

    private static Wedge wedge(Place place, double cx, double cy) {
        double inner = place.ring() * (RING + RING_GAP);
        double outer = inner + RING;
        double from = place.angle() - place.span() / 2 + GAP_RADIANS / 2;
        double to = place.angle() + place.span() / 2 - GAP_RADIANS / 2;
        double irx = FIELD_RX + RING_GAP + inner;
        double iry = FIELD_RY + RING_GAP + inner;
        double orx = FIELD_RX + RING_GAP + outer;
        double ory = FIELD_RY + RING_GAP + outer;
        int large = to - from > Math.PI ? 1 : 0;
        String path = String.format(
                Locale.ROOT,
                "M%.1f %.1f L%.1f %.1f A%.1f %.1f 0 %d 1 %.1f %.1f L%.1f %.1f A%.1f %.1f 0 %d 0 %.1f %.1fZ",
                cx + irx * Math.cos(from),
                cy + iry * Math.sin(from),
                cx + orx * Math.cos(from),
                cy + ory * Math.sin(from),
                orx,
                ory,
                large,
                cx + orx * Math.cos(to),
                cy + ory * Math.sin(to),
                cx + irx * Math.cos(to),
                cy + iry * Math.sin(to),
                irx,
                iry,
                large,
                cx + irx * Math.cos(from),
                cy + iry * Math.sin(from));
        double mid = (from + to) / 2;
        double rx = (irx + orx) / 2;
        double ry = (iry + ory) / 2;
        return new Wedge(path, (int) Math.round(cx + rx * Math.cos(mid)), (int) Math.round(cy + ry * Math.sin(mid)));
    }
}
