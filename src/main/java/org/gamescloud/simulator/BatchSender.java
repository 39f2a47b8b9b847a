package org.gamescloud.simulator;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Messages in NDJSON batches to {@code POST /api/results/messages}, one batch at a time: the server applies a batch's
 * lines in order, so each unit's messages stay in sequence. A batch goes when it is full or when the run waits. A
 * batch refused as a whole counts every one of its messages as refused.
 */
final class BatchSender implements Sender {

    private final GamesApi api;
    private final Tally tally;
    private final int batchSize;
    private final List<Message> batch = new ArrayList<>();

    BatchSender(GamesApi api, Tally tally, int batchSize) {
        this.api = api;
        this.tally = tally;
        this.batchSize = batchSize;
    }

    @Override
    public void send(Message message) {
        batch.add(message);
        if (batch.size() >= batchSize) {
            flush();
        }
    }

    @Override
    public void flush() {
        if (batch.isEmpty()) {
            return;
        }
        GamesApi.Reply reply = api.postBatch(batch);
        tally.requestTook(reply.nanos());
        JsonNode lines = reply.body();
        boolean answeredEachLine =
                reply.isSuccess() && lines != null && lines.isArray() && lines.size() == batch.size();
        for (int i = 0; i < batch.size(); i++) {
            if (answeredEachLine) {
                JsonNode line = lines.get(i);
                int status = line.path("status").asInt();
                tally.answered(
                        batch.get(i), status, line.path("body").path("detail").asString(null));
            } else {
                tally.answered(batch.get(i), reply.status(), "the whole batch was refused: " + reply.detail());
            }
        }
        batch.clear();
    }

    @Override
    public void finish() {
        flush();
    }
}
