package org.hashiya.service.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.hashiya.TestArticles;
import org.hashiya.domain.NewSpan;
import org.hashiya.service.SchemaService;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Figures checked against a case worked by hand. Article 1, "قصف الجيش مدينة الموصل", tokens
 * قصف 0-3, الجيش 4-9, مدينة 10-15, الموصل 16-22:
 * A: ATTACK 0-3, STATE_MIL 4-9, LOCATION 10-22 (categories ATTACK, STATE_MIL, LOCATION, LOCATION);
 * B: ATTACK 0-3, NONSTATE_ARMED 4-9, LOCATION 16-22 and STATE_MIL 4-22 around the last two
 * (nested; categories ATTACK, NONSTATE_ARMED, STATE_MIL, LOCATION). A never used NONSTATE_ARMED.
 * Article 2 only A annotated: left out.
 */
class AgreementServiceTest {
    static final String TEXT = "قصف الجيش مدينة الموصل";
    @TempDir
    Path dir;
    Library library;
    long first;
    long onlyA;

    @BeforeEach
    void setUp() {
        library = SqliteLibrary.open(dir.resolve("lib.db"), true);
        new SchemaService(library).ensureSchema();
        first = TestArticles.add(library, "one", TEXT);
        onlyA = TestArticles.add(library, "two", "هجوم على القرية");
        span(first, "ATTACK", 0, 3, "A");
        span(first, "STATE_MIL", 4, 9, "A");
        span(first, "LOCATION", 10, 22, "A");
        span(first, "ATTACK", 0, 3, "B");
        span(first, "NONSTATE_ARMED", 4, 9, "B");
        span(first, "LOCATION", 16, 22, "B");
        span(first, "STATE_MIL", 4, 22, "B");
        span(onlyA, "ATTACK", 0, 4, "A");
    }

    @AfterEach
    void tearDown() {
        library.close();
    }

    private void span(long article, String label, int start, int end, String coder) {
        library.spans().add(new NewSpan(article, label, start, end, "x".repeat(end - start), coder, "",
                Instant.parse("2026-12-01T00:00:00Z")));
    }

    private static void assertRow(AgreementRow row, String label, double f1, double kappa, double alpha, double overlap,
                                  long a, long b) {
        assertThat(row.label()).isEqualTo(label);
        assertThat(row.f1()).as(label + " f1").isCloseTo(f1, within(1e-9));
        assertThat(row.kappa()).as(label + " kappa").isCloseTo(kappa, within(1e-9));
        assertThat(row.alpha()).as(label + " alpha").isCloseTo(alpha, within(1e-9));
        assertThat(row.overlapF1()).as(label + " overlap").isCloseTo(overlap, within(1e-9));
        assertThat(row.spansA()).isEqualTo(a);
        assertThat(row.spansB()).isEqualTo(b);
    }

    @Test
    void twoCodersEveryFigureAsWorkedByHand() {
        AgreementReport report = new AgreementService(library).measure(List.of("A", "B"), List.of());
        assertThat(report.articles()).as("article 2: only A").isEqualTo(1);
        assertThat(report.tokens()).isEqualTo(4);
        List<AgreementRow> rows = report.rows();
        assertThat(rows).extracting(AgreementRow::label)
                .containsExactly("ATTACK", "LOCATION", "NONSTATE_ARMED", "STATE_MIL", "ALL");
        // ATTACK: same span; same tokens
        assertRow(rows.get(0), "ATTACK", 1, 1, 1, 1, 1, 1);
        // LOCATION: 10-22 vs 16-22 overlap only; tokens 0011 vs 0001: p_o 3/4, p_e 1/2; alpha 1 - 7*2/30
        assertRow(rows.get(1), "LOCATION", 0, 0.5, 1 - 14.0 / 30, 1, 1, 1);
        // NONSTATE_ARMED: A never used it; tokens 0000 vs 0100: p_o 3/4 = p_e; alpha 1 - 7*2/14
        assertRow(rows.get(2), "NONSTATE_ARMED", 0, 0, 0, 0, 0, 1);
        // STATE_MIL: 4-9 vs 4-22 overlap; tokens 0100 vs 0010: p_o 1/2, p_e 5/8; alpha 1 - 7*4/24
        assertRow(rows.get(3), "STATE_MIL", 0, (0.5 - 0.625) / 0.375, 1 - 28.0 / 24, 1, 1, 1);
        // ALL: exact 2*1/7, overlap 2*3/7; kappa p_o 1/2, p_e 1/4; alpha 1 - 7*4/46
        assertRow(rows.get(4), "ALL", 2.0 / 7, 1.0 / 3, 1 - 28.0 / 46, 6.0 / 7, 3, 4);
        assertThat(report.perArticle()).singleElement().satisfies(a -> {
            assertThat(a.articleId()).isEqualTo(first);
            assertThat(a.all()).isEqualTo(rows.get(4));
        });
    }

    @Test
    void threeCodersMeanOverPairsAndAlphaOverAll() {
        span(first, "ATTACK", 0, 3, "C");
        span(first, "STATE_MIL", 4, 9, "C");
        span(first, "LOCATION", 10, 22, "C"); // C coded exactly as A
        AgreementReport report = new AgreementService(library).measure(List.of("A", "B", "C"), List.of());
        AgreementRow all = report.rows().get(report.rows().size() - 1);
        // pairs AB 2/7, AC 1, BC 2/7
        assertThat(all.f1()).isCloseTo(11.0 / 21, within(1e-9));
        assertThat(all.kappa()).isCloseTo(5.0 / 9, within(1e-9));
        // coincidences with weight 1/2: n = 12, sum n_c^2 = 9 + 9 + 1 + 25, disagreeing pairs 4
        assertThat(all.alpha()).isCloseTo(1 - 11.0 * 4 / 100, within(1e-9));
    }

    @Test
    void anArticleFilterAndACoderWithNoSharedArticle() {
        assertThat(new AgreementService(library).measure(List.of("A", "B"), List.of(onlyA)).articles()).isZero();
        assertThat(new AgreementService(library).measure(List.of("A", "Z"), List.of()).rows())
                .singleElement().extracting(AgreementRow::label).isEqualTo("ALL");
    }
}
