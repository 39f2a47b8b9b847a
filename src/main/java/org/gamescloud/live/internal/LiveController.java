package org.gamescloud.live.internal;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.gamescloud.games.GamesCatalog;
import org.gamescloud.platform.Problems;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/live}: the live stream as Server-Sent Events on an asynchronous servlet request with non-blocking
 * writes, so that an open stream holds a connection but no thread, even when its client stops reading.
 */
@RestController
class LiveController {

    private final LiveHub hub;
    private final LiveLog log;
    private final GamesCatalog catalog;
    private final LiveProperties properties;

    LiveController(LiveHub hub, LiveLog log, GamesCatalog catalog, LiveProperties properties) {
        this.hub = hub;
        this.log = log;
        this.catalog = catalog;
        this.properties = properties;
    }

    @GetMapping(value = "/api/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    void stream(
            @RequestParam(required = false) String event,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String noc,
            @RequestParam(required = false) String type,
            @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        LiveFilter filter = new LiveFilter(checkEvent(event), checkUnit(unit), checkNoc(noc), checkType(type));
        Long resumeAfter = parseLastEventId(lastEventId);
        response.setContentType(MediaType.TEXT_EVENT_STREAM_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("X-Accel-Buffering", "no");
        AsyncContext async = request.startAsync();
        async.setTimeout(0);
        ServletOutputStream out = response.getOutputStream();
        Subscriber subscriber = new Subscriber(async, out, filter, log, properties.clientBuffer());
        async.addListener(new ClosingListener(subscriber));
        // From here on writes never block: a client that stops reading holds no thread.
        out.setWriteListener(subscriber);
        hub.subscribe(subscriber, resumeAfter);
    }

    private String checkEvent(String code) {
        if (code != null && catalog.findEvent(code).isEmpty()) {
            throw Problems.badRequest("No event " + code);
        }
        return code;
    }

    private String checkUnit(String code) {
        if (code != null && catalog.findUnit(code).isEmpty()) {
            throw Problems.badRequest("No unit " + code);
        }
        return code;
    }

    private String checkNoc(String code) {
        if (code != null && catalog.findNoc(code).isEmpty()) {
            throw Problems.badRequest("No NOC " + code);
        }
        return code;
    }

    private static String checkType(String type) {
        if (type != null && !type.equals(PendingUpdate.RESULT) && !type.equals(PendingUpdate.MEDALS)) {
            throw Problems.badRequest("type is result or medals, not " + type);
        }
        return type;
    }

    private static Long parseLastEventId(String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(lastEventId.trim());
            if (id < 0) {
                throw Problems.badRequest("Last-Event-ID is an event id of this stream, not " + lastEventId);
            }
            return id;
        } catch (NumberFormatException e) {
            throw Problems.badRequest("Last-Event-ID is an event id of this stream, not " + lastEventId);
        }
    }

    private record ClosingListener(Subscriber subscriber) implements AsyncListener {

        @Override
        public void onComplete(AsyncEvent event) {
            subscriber.close();
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            subscriber.close();
        }

        @Override
        public void onError(AsyncEvent event) {
            subscriber.close();
        }

        @Override
        public void onStartAsync(AsyncEvent event) {}
    }
}
