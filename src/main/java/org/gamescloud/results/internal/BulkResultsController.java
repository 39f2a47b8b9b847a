package org.gamescloud.results.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.gamescloud.platform.Problems;
import org.gamescloud.results.ResultStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * For venue systems that batch: one results message per line (NDJSON), each with its {@code unitCode}. Every line
 * is applied on its own, under exactly the rules of the single-message endpoint; the answer lists each line's
 * outcome in order.
 *
 * <p>The lines are applied in one transaction, so that the batch costs one commit (one disk flush) rather than one per
 * line, and is answered once it is committed. The batch's units are locked at once; a refused line is refused before
 * it writes anything, so it needs no savepoint of its own. If the batch cannot be applied
 * together (a deadlock with another writer, an unexpected failure), nothing of it stays applied and its lines are
 * applied again one by one, each in its own transaction, as the single-message endpoint does.
 */
@RestController
class BulkResultsController {

    static final int MAX_LINES = 10_000;
    private static final Logger log = LoggerFactory.getLogger(BulkResultsController.class);

    /** The outcome of one line: the HTTP status it would have had, and the unit's results or the problem. */
    record LineOutcome(int line, String unitCode, int status, Object body) {}

    /** A line as sent: a results message with its unit's code, read in one pass. */
    record BatchLine(
            String unitCode,
            String messageId,
            Long sequence,
            ResultStatus status,
            String note,
            List<ResultsMessage.Line> results) {

        ResultsMessage message() {
            return new ResultsMessage(messageId, sequence, status, note, results);
        }
    }

    /** A line read as a message, or the outcome of a line that could not be read. */
    private record ReadLine(int number, String unitCode, ResultsMessage message, LineOutcome unreadable) {}

    private final ResultsIngest ingest;
    private final JsonMapper json;
    private final Validator validator;
    private final TransactionTemplate transaction;

    BulkResultsController(ResultsIngest ingest, JsonMapper json, Validator validator, TransactionTemplate transaction) {
        this.ingest = ingest;
        this.json = json;
        this.validator = validator;
        this.transaction = transaction;
    }

    @PostMapping(
            value = "/api/results/messages",
            consumes = {"application/x-ndjson", "application/jsonl"})
    List<LineOutcome> post(jakarta.servlet.http.HttpServletRequest request, Authentication writer) throws IOException {
        List<ReadLine> lines = new ArrayList<>();
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(request.getInputStream(), StandardCharsets.UTF_8))) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                if (++number > MAX_LINES) {
                    throw Problems.problem(
                            HttpStatus.CONTENT_TOO_LARGE,
                            "too-many-lines",
                            "At most " + MAX_LINES + " lines per request");
                }
                lines.add(read(number, line));
            }
        }
        Map<String, Set<String>> messageIds = new LinkedHashMap<>();
        for (ReadLine line : lines) {
            if (line.unreadable() == null) {
                messageIds
                        .computeIfAbsent(line.unitCode(), unit -> new HashSet<>())
                        .add(line.message().messageId());
            }
        }
        try {
            return transaction.execute(status -> {
                Lookups lookups = ingest.lookupsForBatch(messageIds, writer);
                return lines.stream()
                        .map(line -> applyInBatch(line, writer, lookups))
                        .toList();
            });
        } catch (RuntimeException e) {
            log.warn("A batch of {} lines could not be applied together; applying them one by one", lines.size(), e);
            return lines.stream().map(line -> applyAlone(line, writer)).toList();
        }
    }

    private ReadLine read(int number, String line) {
        String unitCode = null;
        try {
            BatchLine read = json.readValue(line, BatchLine.class);
            if (read == null || read.unitCode() == null) {
                throw Problems.badRequest("Each line must be a JSON object with a unitCode");
            }
            unitCode = read.unitCode();
            ResultsMessage message = read.message();
            validate(message);
            return new ReadLine(number, unitCode, message, null);
        } catch (ErrorResponseException e) {
            return new ReadLine(number, unitCode, null, refused(number, unitCode, e));
        } catch (JacksonException e) {
            return new ReadLine(
                    number,
                    unitCode,
                    null,
                    new LineOutcome(
                            number,
                            unitCode,
                            400,
                            ProblemDetail.forStatusAndDetail(
                                    HttpStatus.BAD_REQUEST,
                                    "Line " + number + " is not a valid results message: " + e.getOriginalMessage())));
        } catch (RuntimeException e) {
            log.error("Line {} of a results batch failed unexpectedly", number, e);
            return new ReadLine(number, unitCode, null, failed(number, unitCode));
        }
    }

    /** A refused line leaves the batch going; any other failure ends the batch's transaction. */
    private LineOutcome applyInBatch(ReadLine line, Authentication writer, Lookups lookups) {
        if (line.unreadable() != null) {
            return line.unreadable();
        }
        try {
            return new LineOutcome(
                    line.number(),
                    line.unitCode(),
                    200,
                    ingest.applyInBatch(line.unitCode(), line.message(), writer, lookups)
                            .results());
        } catch (ErrorResponseException e) {
            return refused(line.number(), line.unitCode(), e);
        }
    }

    private LineOutcome applyAlone(ReadLine line, Authentication writer) {
        if (line.unreadable() != null) {
            return line.unreadable();
        }
        try {
            return applied(line, writer);
        } catch (ErrorResponseException e) {
            return refused(line.number(), line.unitCode(), e);
        } catch (RuntimeException e) {
            log.error("Line {} of a results batch failed unexpectedly", line.number(), e);
            return failed(line.number(), line.unitCode());
        }
    }

    private static LineOutcome failed(int number, String unitCode) {
        return new LineOutcome(
                number,
                unitCode,
                500,
                ProblemDetail.forStatusAndDetail(
                        HttpStatus.INTERNAL_SERVER_ERROR,
                        "Line " + number + " failed on our side; it has been logged and nothing of it applied"));
    }

    private LineOutcome applied(ReadLine line, Authentication writer) {
        return new LineOutcome(
                line.number(),
                line.unitCode(),
                200,
                ingest.apply(line.unitCode(), line.message(), writer).results());
    }

    private static LineOutcome refused(int number, String unitCode, ErrorResponseException e) {
        return new LineOutcome(number, unitCode, e.getStatusCode().value(), e.getBody());
    }

    private void validate(ResultsMessage message) {
        Set<ConstraintViolation<ResultsMessage>> violations = validator.validate(message);
        if (!violations.isEmpty()) {
            throw Problems.badRequest("The message is invalid: "
                    + violations.stream()
                            .map(violation -> violation.getPropertyPath() + " " + violation.getMessage())
                            .sorted()
                            .collect(Collectors.joining("; ")));
        }
    }
}
