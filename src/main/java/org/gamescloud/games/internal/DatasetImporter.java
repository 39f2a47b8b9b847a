package org.gamescloud.games.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.gamescloud.platform.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Imports a Games dataset (docs/dataset-format.md) in one transaction: either all of it lands or nothing does.
 * Rows whose code exists already are left as they are, so importing twice changes nothing.
 */
@Service
class DatasetImporter {

    record Summary(String name, Map<String, Integer> rows, boolean alreadyImported) {}

    private static final Logger log = LoggerFactory.getLogger(DatasetImporter.class);
    private static final CsvMapper CSV = CsvMapper.builder().build();

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    DatasetImporter(NamedParameterJdbcTemplate jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    Summary importDataset(DatasetSource source) {
        Properties properties = properties(source);
        String name = properties.getProperty("name");
        if (name == null || name.isBlank()) {
            throw Problems.badRequest("dataset.properties must name the dataset (name=...)");
        }
        if (isImported(name)) {
            log.info("Dataset '{}' is loaded already", name);
            return new Summary(name, Map.of(), true);
        }
        log.info("Importing dataset '{}' from {}", name, source.describe());
        long started = System.nanoTime();
        try {
            Map<String, Integer> rows = transaction.execute(status -> importTables(source));
            jdbc.update(
                    "INSERT INTO dataset_import (name, summary) VALUES (:name, :summary) ON CONFLICT DO NOTHING",
                    Map.of("name", name, "summary", rows.toString()));
            log.info("Imported dataset '{}' in {} ms: {}", name, (System.nanoTime() - started) / 1_000_000, rows);
            return new Summary(name, rows, false);
        } catch (DataIntegrityViolationException e) {
            throw Problems.badRequest("The dataset is inconsistent, nothing was imported: "
                    + e.getMostSpecificCause().getMessage());
        }
    }

    boolean isImported(String name) {
        Integer count = jdbc.queryForObject(
                "SELECT count(*) FROM dataset_import WHERE name = :name", Map.of("name", name), Integer.class);
        return count != null && count > 0;
    }

    private Map<String, Integer> importTables(DatasetSource source) {
        Map<String, Integer> rows = new LinkedHashMap<>();
        List<DatasetTables.Table> tables = DatasetTables.tables();
        for (int i = 0; i < tables.size(); i++) {
            DatasetTables.Table table = tables.get(i);
            if (table.optional() && source.open(table.file()).isEmpty()) {
                continue;
            }
            List<Map<String, String>> records = read(source, table.file());
            for (DatasetTables.Statement statement : table.statements()) {
                List<SqlParameterSource> batch = new ArrayList<>();
                for (Map<String, String> record : records) {
                    batch.addAll(statement.parameters().apply(new DatasetRow(table.file(), record)));
                }
                jdbc.batchUpdate(statement.sql(), batch.toArray(SqlParameterSource[]::new));
            }
            rows.put(table.file(), records.size());
            log.info("  [{}/{}] {}: {} rows", i + 1, tables.size(), table.file(), records.size());
        }
        return rows;
    }

    private static Properties properties(DatasetSource source) {
        try (InputStream in = source.open("dataset.properties")
                .orElseThrow(() -> Problems.badRequest("The dataset has no dataset.properties"))) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Map<String, String>> read(DatasetSource source, String file) {
        try (InputStream in = source.open(file).orElseThrow(() -> Problems.badRequest("The dataset has no " + file));
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
                MappingIterator<Map<String, String>> rows = CSV.readerForMapOf(String.class)
                        .with(CsvSchema.emptySchema().withHeader())
                        .readValues(reader)) {
            return rows.readAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            if (e instanceof org.springframework.web.ErrorResponseException) {
                throw e;
            }
            throw Problems.badRequest(file + " is not valid CSV: " + e.getMessage());
        }
    }
}
