package org.hashiya.io.registry;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.hashiya.domain.RegistryEntry;
import org.hashiya.domain.RegistryEntry.EntryKind;

/**
 * Reads a CSV file of actors or places (columns of {@link RegistryColumns}, in any order, by their
 * header; UTF-8, a byte order mark allowed). Every row is checked; each bad one is reported as
 * {@code FILE:ROW: reason}, ROW the line the row starts on (the header is line 1), and none of the
 * file is taken unless all of it is good: the caller stores nothing when {@link Result#problems}
 * is not empty.
 */
public final class RegistryCsvReader {
    /** One entry read, with the line its row starts on. */
    public record Row(int line, RegistryEntry entry) {
    }

    /** The rows read and what is wrong with the file, as {@code FILE:ROW: reason} lines. */
    public record Result(List<Row> rows, List<String> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private RegistryCsvReader() {
    }

    public static Result read(Path file, EntryKind kind) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader in = new java.io.InputStreamReader(Files.newInputStream(file), decoder)) {
            return read(in, file.toString(), kind);
        } catch (CharacterCodingException e) {
            return failed(file + ": not UTF-8 text; save the file as CSV UTF-8");
        } catch (IOException | UncheckedIOException e) {
            Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
            if (cause instanceof CharacterCodingException) {
                return failed(file + ": not UTF-8 text; save the file as CSV UTF-8");
            }
            return failed(file + ": cannot read: " + cause.getMessage());
        }
    }

    /** Reads CSV text; {@code name} names it in problems. */
    public static Result read(Reader in, String name, EntryKind kind) throws IOException {
        List<Row> rows = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(in, format)) {
            List<String> header = parser.getHeaderNames().stream().map(RegistryCsvReader::headerName).toList();
            String headerProblem = headerProblem(header, kind);
            if (headerProblem != null) {
                return failed(name + ":1: " + headerProblem);
            }
            List<String> raw = parser.getHeaderNames();
            long line = 2;
            for (CSVRecord record : parser) {
                long at = line;
                line = parser.getCurrentLineNumber() + 1;
                if (record.size() != raw.size()) {
                    problems.add(name + ":" + at + ": " + record.size() + " cells where the header has " + raw.size());
                    continue;
                }
                try {
                    RegistryEntry entry = RegistryColumns.entry(kind, column -> record.get(raw.get(header.indexOf(column))));
                    rows.add(new Row((int) at, entry));
                } catch (IllegalArgumentException e) {
                    problems.add(name + ":" + at + ": " + e.getMessage());
                }
            }
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            // Commons CSV: a duplicate or empty header name, or a quote left open
            return failed(name + ": not a readable CSV file: " + e.getMessage());
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(name + ": no " + kind.id() + "s in the file (only a header row)");
        }
        return new Result(rows, problems);
    }

    private static String headerName(String cell) {
        return cell.replace("\uFEFF", "").strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static String headerProblem(List<String> header, EntryKind kind) {
        List<String> expected = RegistryColumns.of(kind);
        Set<String> missing = new LinkedHashSet<>(expected);
        header.forEach(missing::remove);
        Set<String> unknown = new LinkedHashSet<>(header);
        expected.forEach(unknown::remove);
        if (missing.isEmpty() && unknown.isEmpty()) {
            return null;
        }
        StringBuilder why = new StringBuilder("the header row must name the columns ").append(String.join(",", expected));
        if (!missing.isEmpty()) {
            why.append("; missing: ").append(String.join(", ", missing));
        }
        if (!unknown.isEmpty()) {
            why.append("; unknown: ").append(String.join(", ", unknown));
        }
        return why.toString();
    }

    private static Result failed(String problem) {
        return new Result(List.of(), List.of(problem));
    }
}
