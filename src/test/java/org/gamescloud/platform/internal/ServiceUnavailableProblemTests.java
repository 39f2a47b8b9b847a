package org.gamescloud.platform.internal;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.gamescloud.platform.Problems;
import org.junit.jupiter.api.Test;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A 503 tells the client when to come back, whether the code chose it or the database was saturated. */
class ServiceUnavailableProblemTests {

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Failing())
            .setControllerAdvice(new ApiProblemHandler())
            .build();

    @Test
    void aServiceUnavailableProblemCarriesRetryAfter() throws Exception {
        mvc.perform(get("/unavailable"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "1"))
                .andExpect(jsonPath("$.detail").value("The order could not be written; retry"));
    }

    @Test
    void anExhaustedConnectionPoolIsAServiceUnavailableProblemNotAServerError() throws Exception {
        mvc.perform(get("/pool"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "1"))
                .andExpect(jsonPath("$.status").value(503));
    }

    @Test
    void aTimedOutQueryIsRetryable() throws Exception {
        mvc.perform(get("/timeout"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().exists("Retry-After"));
    }

    @Test
    void otherProblemsDoNotInviteARetry() throws Exception {
        mvc.perform(get("/conflict")).andExpect(status().isConflict()).andExpect(header().doesNotExist("Retry-After"));
    }

    @RestController
    static class Failing {

        @GetMapping("/unavailable")
        String unavailable() {
            throw Problems.problem(
                    HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "The order could not be written; retry");
        }

        @GetMapping("/pool")
        String pool() {
            throw new CannotGetJdbcConnectionException("Connection is not available, request timed out after 30000ms");
        }

        @GetMapping("/timeout")
        String timeout() {
            throw new QueryTimeoutException("canceling statement due to statement timeout");
        }

        @GetMapping("/conflict")
        String conflict() {
            throw Problems.conflict("Sold out");
        }
    }
}
