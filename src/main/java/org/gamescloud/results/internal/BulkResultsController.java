package org.gamescloud.results.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.gamescloud.platform.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * For venue systems that batch: one results message per line (NDJSON), each with its {@code unitCode}. Every line
 * is applied on its own, under exactly the rules of the single-message endpoint; the answer lists each line's
 * outcome in order.
 */
@RestController
class BulkResultsController {

    static final int MAX_LINES = 10_000;
    private static final Logger log = LoggerFactory.getLogger(BulkResultsController.class);

    /** The outcome of one line: the HTTP status it would have had, and the unit's results or the problem. */
    record LineOutcome(int line, String unitCode, int status, Object body) {}

    private final ResultsIngest ingest;
    private final JsonMapper json;
    private final Validator validator;

    BulkResultsController(ResultsIngest ingest, JsonMapper json, Validator validator) {
        this.ingest = ingest;
        this.json = json;
        this.validator = validator;
    }

    @PostMapping(
            value = "/api/results/messages",
            consumes = {"application/x-ndjson", "application/jsonl"})
    List<LineOutcome> post(jakarta.servlet.http.HttpServletRequest request, Authentication writer) throws IOException {
        List<LineOutcome> outcomes = new ArrayList<>();
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
                outcomes.add(apply(number, line, writer));
            }
        }
        return outcomes;
    }

    private LineOutcome apply(int number, String line, Authentication writer) {
        String unitCode = null;
        try {
            JsonNode node = json.readTree(line);
            if (!(node instanceof ObjectNode object) || !object.path("unitCode").isString()) {
                throw Problems.badRequest("Each line must be a JSON object with a unitCode");
            }
            unitCode = object.remove("unitCode").asString();
            ResultsMessage message = json.treeToValue(object, ResultsMessage.class);
            validate(message);
            return new LineOutcome(
                    number,
                    unitCode,
                    200,
                    ingest.apply(unitCode, message, writer).results());
        } catch (ErrorResponseException e) {
            return new LineOutcome(number, unitCode, e.getStatusCode().value(), e.getBody());
        } catch (RuntimeException e) {
            if (!(e instanceof JacksonException)) {
                log.error("Line {} of a results batch failed unexpectedly", number, e);
                return new LineOutcome(
                        number,
                        unitCode,
                        500,
                        ProblemDetail.forStatusAndDetail(
                                HttpStatus.INTERNAL_SERVER_ERROR,
                                "Line " + number
                                        + " failed on our side; it has been logged and nothing of it applied"));
            }
            JacksonException malformed = (JacksonException) e;
            return new LineOutcome(
                    number,
                    unitCode,
                    400,
                    ProblemDetail.forStatusAndDetail(
                            HttpStatus.BAD_REQUEST,
                            "Line " + number + " is not a valid results message: " + malformed.getOriginalMessage()));
        }
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
