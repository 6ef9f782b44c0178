package org.hashiya.service.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.hashiya.TestArticles;
import org.hashiya.domain.Event;
import org.hashiya.domain.EventArgument;
import org.hashiya.domain.EventAttributes;
import org.hashiya.domain.NewSpan;
import org.hashiya.domain.Span;
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

    private Span span(long article, String label, int start, int end, String coder) {
        return library.spans().add(new NewSpan(article, label, start, end, "x".repeat(end - start), coder, "",
                Instant.parse("2026-12-01T00:00:00Z")));
    }

    /** An event on {@code trigger} with the given (role, filler span) pairs. */
    private void event(Span trigger, Object... roleAndFiller) {
        Event event = library.events().add(trigger.articleId(), trigger.id(), EventAttributes.NONE);
        for (int i = 0; i < roleAndFiller.length; i += 2) {
            event = event.withArgument(new EventArgument((String) roleAndFiller[i], ((Span) roleAndFiller[i + 1]).id()));
        }
        library.events().put(event);
    }

    /**
     * Article 3, "هاجم المسلحون القرية في الموصل" (هاجم 0-4, المسلحون 5-13, القرية 14-20, في 21-23,
     * الموصل 24-30), an attack event by each coder on the same ATTACK span 0-4:
     * A: Attacker = NONSTATE_ARMED 5-13, Place = LOCATION 24-30, Victim = CIVILIANS 14-20;
     * B: Attacker = NONSTATE_ARMED 5-13, Place = LOCATION 21-30 (other filler), Target = CIVILIANS 14-20
     * (other role). Only the attackers match.
     */
    private void rolesOfArticleThree(String... coders) {
        long third = TestArticles.add(library, "three", "هاجم المسلحون القرية في الموصل");
        for (String coder : coders) {
            Span trigger = span(third, "ATTACK", 0, 4, coder);
            Span attacker = span(third, "NONSTATE_ARMED", 5, 13, coder);
            Span civilians = span(third, "CIVILIANS", 14, 20, coder);
            if (coder.equals("B")) {
                event(trigger, "Attacker", attacker, "Place", span(third, "LOCATION", 21, 30, coder), "Target", civilians);
            } else {
                event(trigger, "Attacker", attacker, "Place", span(third, "LOCATION", 24, 30, coder), "Victim", civilians);
            }
        }
    }

    @Test
    void roleAgreementAsWorkedByHand() {
        rolesOfArticleThree("A", "B");
        // an event of someone not compared, on a span of their own: left out
        Span other = span(first, "ATTACK", 0, 3, "Z");
        event(other, "Attacker", span(first, "STATE_MIL", 4, 9, "Z"));
        AgreementReport report = new AgreementService(library).measure(List.of("A", "B"), List.of());
        assertThat(report.articles()).isEqualTo(2);
        List<AgreementRow> rows = report.rows();
        assertThat(rows).extracting(AgreementRow::label).endsWith("STATE_MIL", "role:Attacker", "role:Place",
                "role:Target", "role:Victim", "role:*", "ALL");
        List<AgreementRow> roles = rows.stream().filter(AgreementRow::isRole).toList();
        // per role: Attacker 1 of 1 + 1; Place 0 (fillers differ); Target and Victim one coder each
        assertThat(roles).extracting(AgreementRow::f1).containsExactly(1.0, 0.0, 0.0, 0.0, 2.0 / 6);
        assertThat(roles).extracting(AgreementRow::spansA).containsExactly(1L, 1L, 0L, 1L, 3L);
        assertThat(roles).extracting(AgreementRow::spansB).containsExactly(1L, 1L, 1L, 0L, 3L);
        assertThat(roles.get(4).cells()).containsExactly("role:*", "0.33", "", "", "", "3", "3");
        assertThat(rows.get(rows.size() - 1).cells()).as("ALL stays the spans' line").element(2).isNotEqualTo("");
        assertThat(rows.get(rows.size() - 1).spansA()).isEqualTo(3 + 4);
    }

    @Test
    void roleAgreementOfThreeCodersIsTheMeanOverPairs() {
        rolesOfArticleThree("A", "B", "C"); // C as A
        span(first, "ATTACK", 0, 3, "C");
        AgreementReport report = new AgreementService(library).measure(List.of("A", "B", "C"), List.of());
        AgreementRow all = report.rows().stream().filter(r -> r.label().equals("role:*")).findFirst().orElseThrow();
        // pairs AB 2*1/6, AC 2*3/6, BC 2*1/6
        assertThat(all.f1()).isCloseTo((1.0 / 3 + 1 + 1.0 / 3) / 3, within(1e-9));
        AgreementRow victim = report.rows().stream().filter(r -> r.label().equals("role:Victim")).findFirst().orElseThrow();
        // AB 0 (B none), AC 1, BC 0 (C one, B none): all defined
        assertThat(victim.f1()).isCloseTo(1.0 / 3, within(1e-9));
    }

    @Test
    void noRoleLinesWithoutEvents() {
        assertThat(new AgreementService(library).measure(List.of("A", "B"), List.of()).rows())
                .noneMatch(AgreementRow::isRole);
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
