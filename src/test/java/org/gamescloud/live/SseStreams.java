package org.gamescloud.live;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToIntFunction;

/**
 * Many SSE streams over plain non-blocking sockets, read by a few selector threads: the subscriber side of
 * {@link LiveLatencyBenchmark}. It replaces {@code java.net.http.HttpClient}, whose per-stream machinery
 * (schedulers, futures, a line decoder per stream) cost more CPU than the server's fan-out on this 2-core machine
 * and delayed what it measured. Still end to end over real HTTP/1.1 sockets: a raw {@code GET}, the response
 * headers checked for status 200, the chunked body decoded and its lines parsed; a {@code data:} line of a result
 * is stamped with {@link System#nanoTime()} taken right after the read that brought it.
 */
final class SseStreams implements AutoCloseable {

    /** What the streams saw; called on the selector threads. */
    interface Listener {

        /** A result's data line for unit index {@code unit} at {@code revision}, read at {@code at_ns}. */
        void delivered(int unit, int revision, long at_ns);
    }

    private final List<Reader> readers = new ArrayList<>();
    private final AtomicInteger connected = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger closed = new AtomicInteger();
    private final AtomicInteger duplicates = new AtomicInteger();
    private final AtomicInteger resyncs = new AtomicInteger();
    private final Semaphore opening = new Semaphore(200);
    private final Listener listener;
    private final ToIntFunction<String> unitIndex;
    private int opened;

    SseStreams(int threads, Listener listener, ToIntFunction<String> unitIndex) throws IOException {
        this.listener = listener;
        this.unitIndex = unitIndex;
        for (int i = 0; i < threads; i++) {
            Reader reader = new Reader(Selector.open());
            Thread thread = new Thread(reader, "sse-reader-" + i);
            thread.setDaemon(true);
            thread.start();
            readers.add(reader);
        }
    }

    /** Opens a stream of {@code path}; at most 200 wait for their response headers at a time. */
    void open(int port, String path) throws IOException, InterruptedException {
        opening.acquire();
        SocketChannel channel = SocketChannel.open(new InetSocketAddress("127.0.0.1", port));
        channel.write(ByteBuffer.wrap(
                ("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAccept: text/event-stream\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII)));
        channel.configureBlocking(false);
        Reader reader = readers.get(opened++ % readers.size());
        reader.pending.add(new Stream(channel));
        reader.selector.wakeup();
    }

    /** Waits until every stream opened so far has its response headers (or failed). */
    void awaitOpened() throws InterruptedException {
        opening.acquire(200);
        opening.release(200);
    }

    int connected() {
        return connected.get();
    }

    /** Streams that failed to open, ended, events seen twice on one stream, resync events. */
    String troubles() {
        return "failed=" + failed.get() + " closed=" + closed.get() + " duplicates=" + duplicates.get() + " resyncs="
                + resyncs.get();
    }

    @Override
    public void close() throws IOException {
        for (Reader reader : readers) {
            reader.selector.close();
        }
    }

    private final class Reader implements Runnable {

        private final Selector selector;
        private final Queue<Stream> pending = new ConcurrentLinkedQueue<>();
        private final ByteBuffer buffer = ByteBuffer.allocateDirect(64 * 1024);
        private final byte[] bytes = new byte[64 * 1024];

        Reader(Selector selector) {
            this.selector = selector;
        }

        @Override
        public void run() {
            try {
                while (selector.isOpen()) {
                    selector.select();
                    Stream added;
                    while ((added = pending.poll()) != null) {
                        added.channel.register(selector, SelectionKey.OP_READ, added);
                    }
                    for (SelectionKey key : selector.selectedKeys()) {
                        read((Stream) key.attachment(), key);
                    }
                    selector.selectedKeys().clear();
                }
            } catch (IOException | RuntimeException e) {
                if (selector.isOpen()) {
                    System.err.println("sse reader failed: " + e);
                }
            }
        }

        private void read(Stream stream, SelectionKey key) {
            try {
                buffer.clear();
                int read = stream.channel.read(buffer);
                long at_ns = System.nanoTime();
                if (read < 0) {
                    stream.end(key);
                    return;
                }
                buffer.flip();
                buffer.get(bytes, 0, read);
                stream.parse(bytes, read, at_ns);
            } catch (IOException e) {
                stream.end(key);
            }
        }
    }

    /** One stream's parser: response headers, then HTTP/1.1 chunks, then SSE lines. */
    private final class Stream {

        private static final int HEADERS = 0;
        private static final int CHUNK_SIZE = 1;
        private static final int CHUNK_EXTENSION = 2;
        private static final int CHUNK_DATA = 3;
        private static final int CHUNK_END = 4;
        private static final int IDENTITY = 5;
        private static final int OVER = 6;
        private static final byte[] DATA = "data: {\"unitCode\":\"".getBytes(StandardCharsets.US_ASCII);
        private static final byte[] REVISION = "\"revision\":".getBytes(StandardCharsets.US_ASCII);

        private final SocketChannel channel;
        private final StringBuilder headers = new StringBuilder();
        private final byte[] line = new byte[512];
        private int lineLength;
        private int state = HEADERS;
        private int chunkLeft;
        private long lastId = -1;
        private boolean ended;

        Stream(SocketChannel channel) {
            this.channel = channel;
        }

        void parse(byte[] bytes, int length, long at_ns) {
            int i = 0;
            while (i < length) {
                byte b = bytes[i];
                switch (state) {
                    case HEADERS -> {
                        headers.append((char) b);
                        i++;
                        if (b == '\n' && headers.length() >= 4 && headers.lastIndexOf("\r\n\r\n") >= 0) {
                            headersDone();
                        }
                    }
                    case CHUNK_SIZE, CHUNK_EXTENSION -> {
                        i++;
                        if (b == '\n') {
                            state = chunkLeft == 0 ? OVER : CHUNK_DATA;
                        } else if (b == ';') {
                            state = CHUNK_EXTENSION;
                        } else if (state == CHUNK_SIZE && Character.digit(b, 16) >= 0) {
                            chunkLeft = chunkLeft * 16 + Character.digit(b, 16);
                        }
                    }
                    case CHUNK_DATA -> {
                        int n = Math.min(chunkLeft, length - i);
                        lines(bytes, i, n, at_ns);
                        i += n;
                        chunkLeft -= n;
                        if (chunkLeft == 0) {
                            state = CHUNK_END;
                        }
                    }
                    case CHUNK_END -> {
                        i++;
                        if (b == '\n') {
                            state = CHUNK_SIZE;
                        }
                    }
                    case IDENTITY -> {
                        lines(bytes, i, length - i, at_ns);
                        i = length;
                    }
                    default -> i = length; // the last chunk: the stream ends
                }
            }
        }

        private void headersDone() {
            String head = headers.toString();
            headers.setLength(0);
            if (!head.startsWith("HTTP/1.1 200")) {
                failed.incrementAndGet();
                opening.release();
                ended = true;
                state = OVER;
                return;
            }
            connected.incrementAndGet();
            opening.release();
            state = head.toLowerCase().contains("transfer-encoding: chunked") ? CHUNK_SIZE : IDENTITY;
        }

        private void lines(byte[] bytes, int from, int count, long at_ns) {
            for (int i = from; i < from + count; i++) {
                byte b = bytes[i];
                if (b == '\n') {
                    line(at_ns);
                    lineLength = 0;
                } else if (lineLength < line.length) {
                    line[lineLength++] = b;
                }
            }
        }

        private void line(long at_ns) {
            if (startsWith(DATA)) {
                int end = indexOf((byte) '"', DATA.length);
                int revisionAt = indexOf(REVISION, end);
                if (end < 0 || revisionAt < 0) {
                    return;
                }
                int unit = unitIndex.applyAsInt(
                        new String(line, DATA.length, end - DATA.length, StandardCharsets.US_ASCII));
                int revision = 0;
                for (int i = revisionAt + REVISION.length; i < lineLength && line[i] >= '0' && line[i] <= '9'; i++) {
                    revision = revision * 10 + (line[i] - '0');
                }
                if (unit >= 0) {
                    listener.delivered(unit, revision, at_ns);
                }
            } else if (lineLength > 4 && line[0] == 'i' && line[1] == 'd' && line[2] == ':') {
                long id = 0;
                for (int i = 4; i < lineLength && line[i] >= '0' && line[i] <= '9'; i++) {
                    id = id * 10 + (line[i] - '0');
                }
                if (id <= lastId) {
                    duplicates.incrementAndGet();
                }
                lastId = id;
            } else if (lineLength >= 13 && new String(line, 0, 13, StandardCharsets.US_ASCII).equals("event: resync")) {
                resyncs.incrementAndGet();
            }
        }

        private boolean startsWith(byte[] prefix) {
            if (lineLength < prefix.length) {
                return false;
            }
            for (int i = 0; i < prefix.length; i++) {
                if (line[i] != prefix[i]) {
                    return false;
                }
            }
            return true;
        }

        private int indexOf(byte b, int from) {
            for (int i = from; i < lineLength; i++) {
                if (line[i] == b) {
                    return i;
                }
            }
            return -1;
        }

        private int indexOf(byte[] sought, int from) {
            for (int i = Math.max(0, from); i <= lineLength - sought.length; i++) {
                int j = 0;
                while (j < sought.length && line[i + j] == sought[j]) {
                    j++;
                }
                if (j == sought.length) {
                    return i;
                }
            }
            return -1;
        }

        void end(SelectionKey key) {
            key.cancel();
            try {
                channel.close();
            } catch (IOException ignored) {
                // Closing a socket that is gone anyway.
            }
            if (state == HEADERS) {
                failed.incrementAndGet();
                opening.release();
            } else if (!ended) {
                closed.incrementAndGet();
            }
            ended = true;
        }
    }
}
