package org.hashiya.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.hashiya.domain.ArticleMetadata;
import org.hashiya.domain.ImportRecord;
import org.hashiya.domain.NewArticle;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.hashiya.text.TextHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledSamplesTest {
    @TempDir
    Path dir;

    @Test
    void seedsAnEmptyLibraryOnceWithEveryBundledSample() throws Exception {
        int bundled = BundledSamples.sampleNames().size();
        assertThat(bundled).isGreaterThanOrEqualTo(3);
        try (Library lib = SqliteLibrary.open(dir.resolve("lib.db"), true)) {
            BundledSamples samples = new BundledSamples(dir.resolve("samples"));
            assertThat(samples.seedIfFirstStart(lib)).hasValueSatisfying(r -> assertThat(r.imported()).isEqualTo(bundled));
            assertThat(lib.articles().count()).isEqualTo(bundled);
            assertThat(Files.list(dir.resolve("samples")).count()).isEqualTo(bundled);
            String source = lib.articles().find(1).orElseThrow().importRecord().sourcePath();
            assertThat(Path.of(source)).exists();

            lib.articles().listSummaries(); // the user works; a later start must not seed again
            assertThat(samples.seedIfFirstStart(lib)).isEmpty();
            assertThat(lib.articles().count()).isEqualTo(bundled);
        }
    }

    @Test
    void neverSeedsALibraryThatAlreadyHoldsArticles() {
        try (Library lib = SqliteLibrary.open(dir.resolve("lib.db"), true)) {
            lib.articles().addAll(List.of(new NewArticle("نص الباحث", new ArticleMetadata("نص", "", "", ""),
                    new ImportRecord("", "UTF-8", Instant.EPOCH, TextHash.sha256("نص الباحث")))));
            assertThat(new BundledSamples(dir.resolve("samples")).seedIfFirstStart(lib)).isEmpty();
            assertThat(lib.articles().count()).isEqualTo(1);
        }
    }
}
