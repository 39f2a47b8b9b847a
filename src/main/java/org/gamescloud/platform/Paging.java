package org.gamescloud.platform;

import org.springframework.http.HttpHeaders;

/**
 * A page of a large list, as API.md defines it: {@code page} is 0-based, {@code size} defaults to 100 and may not
 * exceed 1000. The total goes into the {@code X-Total-Count} header.
 */
public record Paging(int page, int size) {

    public static final int DEFAULT_SIZE = 100;
    public static final int MAX_SIZE = 1000;
    public static final String TOTAL_COUNT_HEADER = "X-Total-Count";

    public Paging {
        if (page < 0) {
            throw Problems.badRequest("page must be 0 or more, was " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw Problems.badRequest("size must be between 1 and " + MAX_SIZE + ", was " + size);
        }
    }

    public static Paging of(Integer page, Integer size) {
        return new Paging(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
    }

    public long offset() {
        return (long) page * size;
    }

    public static HttpHeaders totalCount(long total) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(TOTAL_COUNT_HEADER, Long.toString(total));
        return headers;
    }
}
