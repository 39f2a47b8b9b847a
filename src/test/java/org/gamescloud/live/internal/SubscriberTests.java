package org.gamescloud.live.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockAsyncContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** One SSE stream on its own, written to an in-memory servlet stream that always takes bytes. */
class SubscriberTests {

    private final MemoryStream out = new MemoryStream();
    private final Subscriber subscriber = new Subscriber(
            new MockAsyncContext(new MockHttpServletRequest(), new MockHttpServletResponse()),
            out,
            new LiveFilter(null, null, null, null),
            null,
            16);

    @Test
    void sendsAHeartbeatToAStreamThatWasQuietSinceTheGivenMoment() {
        subscriber.start(null, 0, () -> {});
        subscriber.drain();

        subscriber.offerHeartbeat(System.nanoTime());

        assertThat(out.text()).endsWith(": heartbeat\n\n");
    }

    @Test
    void sparesTheHeartbeatToAStreamWrittenToSinceTheGivenMoment() {
        long before = System.nanoTime();
        subscriber.start(null, 0, () -> {});
        subscriber.drain();

        subscriber.offerHeartbeat(before);

        assertThat(out.text()).doesNotContain("heartbeat");
    }

    /** A servlet stream that always takes bytes and keeps them. */
    static final class MemoryStream extends ServletOutputStream {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {}

        @Override
        public void write(int b) {
            bytes.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes.write(b, off, len);
        }

        String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }
}
