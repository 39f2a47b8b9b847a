package org.gamescloud.media.internal;

/** The identifier of a media partner, as in {@code /api/admin/media/partners/{id}} and {@code X-Games-Partner}. */
record PartnerId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
