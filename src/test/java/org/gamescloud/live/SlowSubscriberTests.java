package org.gamescloud.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gamescloud.live.LiveFixture.heat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.gamescloud.GamesIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client that stops reading fills its socket, then its bounded queue, and is dropped with {@code resync}; the
 * others keep receiving everything meanwhile. Small socket buffers and queues make "slow" quick to reach.
 */
@GamesIntegrationTest
@TestPropertySource(properties = "games.live.client-buffer=8")
@Import(SlowSubscriberTests.SmallSocketBuffers.class)
class SlowSubscriberTests {

    private static final int UPDATES = 120;

    @Autowired
    RestTestClient client;

    @Autowired
    JsonMapper json;

    @LocalServerPort
    int port;

    @Test
    void dropsAClientThatStopsReadingWithResyncWithoutStallingTheOthers() throws Exception {
        LiveFixture venue = new LiveFixture(client);
        try (Socket stalled = new Socket();
                SseClient reading = SseClient.connect(port, "unit=" + heat(8), null)) {
            stalled.setReceiveBufferSize(2048);
            stalled.connect(new InetSocketAddress("localhost", port));
            stalled.getOutputStream()
                    .write(("GET /api/live HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));

            for (int sequence = 1; sequence <= UPDATES; sequence++) {
                venue.post(heat(8), sequence, "UNOFFICIAL");
            }

            List<Integer> revisions = new ArrayList<>();
            while (revisions.size() < UPDATES) {
                revisions.add(json.readTree(reading.next(Duration.ofSeconds(10)).data())
                        .get("revision")
                        .asInt());
            }
            assertThat(revisions)
                    .as("the reading client got every update")
                    .isSorted()
                    .doesNotHaveDuplicates();
            assertThat(readUntilResync(stalled)).contains("event: resync");
        }
    }

    /** What the stalled client finally reads, up to the resync event. */
    private static String readUntilResync(Socket socket) throws Exception {
        socket.setSoTimeout(10_000);
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            int n;
            while ((n = in.read(buffer)) > 0) {
                read.write(buffer, 0, n);
                if (read.toString(StandardCharsets.UTF_8).contains("event: resync")) {
                    break;
                }
            }
        } catch (SocketTimeoutException nothingMore) {
            // fall through: the assertion says what was read
        }
        return read.toString(StandardCharsets.UTF_8);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class SmallSocketBuffers {

        @Bean
        TomcatConnectorCustomizer smallSendBuffers() {
            return connector -> connector.setProperty("socket.txBufSize", "4096");
        }
    }
}
