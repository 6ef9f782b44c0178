package org.hashiya.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hashiya.domain.ArticleSummary;
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
