package org.gamescloud.ticketing.internal;

import org.gamescloud.platform.GamesClock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
class TicketingConfiguration {

    @Bean
    LedgerWriter ticketingLedgerWriter(
            JdbcTemplate jdbc, TransactionTemplate transactions, GamesClock clock, TicketingProperties properties) {
        return new LedgerWriter(
                new Ledger(properties.accountLimit()),
                jdbc,
                transactions,
                clock,
                properties.batchSize(),
                properties.writers());
    }
}
