package org.hashiya.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hashiya.domain.Article;
import org.hashiya.domain.ArticleSummary;
import org.hashiya.domain.Span;
import org.hashiya.service.SpanVerifier;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.hashiya.text.TextHash;

/** What a library holds after a fault, checked the way a user and SQLite would check it. */
final class LibraryCheck {
    private LibraryCheck() {
    }

    /**
     * Opens the library as the program does (recovering the WAL), asserts SQLite's integrity check
     * passes and that every stored article is whole: its text hashes to its recorded SHA-256, one
     * of {@code expected}, and no text is stored twice. Returns the stored hashes.
     */
    static Set<String> wholeArticles(Path file, Set<String> expected) throws Exception {
        List<ArticleSummary> summaries;
        Set<String> stored = new HashSet<>();
        try (Library library = SqliteLibrary.open(file, false)) {
            summaries = library.articles().listSummaries();
            for (ArticleSummary s : summaries) {
                var article = library.articles().find(s.id()).orElseThrow();
                String sha = article.importRecord().sha256();
                assertThat(TextHash.sha256(article.text())).as("text of article %d is whole", s.id()).isEqualTo(sha);
                assertThat(s.length()).isEqualTo(article.length());
                if (expected != null) {
                    assertThat(expected).as("article %d is one that was imported", s.id()).contains(sha);
                }
                assertThat(stored.add(sha)).as("article %d stored once", s.id()).isTrue();
            }
        }
        assertThat(integrityCheck(file)).isEqualTo(List.of("ok"));
        return stored;
    }

    /**
     * Every stored span, keyed by id, after checking each against its article's text with the
     * program's own {@link SpanVerifier}: no span may be torn or point past its text.
     */
    static Map<Long, StoredSpan> wholeSpans(Path file) {
        Map<Long, StoredSpan> all = new HashMap<>();
        try (Library library = SqliteLibrary.open(file, false)) {
            for (ArticleSummary s : library.articles().listSummaries()) {
                Article article = library.articles().find(s.id()).orElseThrow();
                List<Span> spans = library.spans().findByArticle(s.id());
                assertThat(SpanVerifier.verify(article.text(), spans)).as("spans of article %d match its text", s.id()).isEmpty();
                for (Span span : spans) {
                    all.put(span.id(), new StoredSpan(span, article.importRecord().sha256()));
                }
            }
            assertThat(all).hasSize(library.spans().count());
        }
        return all;
    }

    /** A stored span and the SHA-256 of the article it belongs to. */
    record StoredSpan(Span span, String articleSha) {
    }

    static List<String> integrityCheck(Path file) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }
}
