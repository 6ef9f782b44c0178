package org.hashiya.ui.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the entry dialog reads what a researcher types into each field. */
class EntryFieldRulesTest {
    @Test
    void aliasesAreOneALineOrSeparatedByBars() {
        assertThat(EntryFieldRules.aliases(" قسد \r\n\nقوات قسد|SDF || قسد ")).containsExactly("قسد", "قوات قسد", "SDF");
        assertThat(EntryFieldRules.aliases("")).isEmpty();
        assertThat(EntryFieldRules.aliases(null)).isEmpty();
        assertThat(EntryFieldRules.aliasesText(EntryFieldRules.aliases("أ|ب"))).isEqualTo("أ\nب");
    }

    @Test
    void codesAreTakenInAnyCaseAndWikidataAlsoAsItsAddress() {
        assertThat(EntryFieldRules.country(" irq ").value()).isEqualTo("IRQ");
        assertThat(EntryFieldRules.country("").value()).isEmpty();
        assertThat(EntryFieldRules.country("Iraq").ok()).isFalse();
        assertThat(EntryFieldRules.country("IQ").ok()).isFalse();
        assertThat(EntryFieldRules.country("عرق").ok()).isFalse();
        assertThat(EntryFieldRules.wikidata("q7188").value()).isEqualTo("Q7188");
        assertThat(EntryFieldRules.wikidata("https://www.wikidata.org/wiki/Q7188").value()).isEqualTo("Q7188");
        assertThat(EntryFieldRules.wikidata("http://www.wikidata.org/entity/Q42/").value()).isEqualTo("Q42");
        assertThat(EntryFieldRules.wikidata("wikidata.org/wiki/Special:EntityPage/Q42").value()).isEqualTo("Q42");
        assertThat(EntryFieldRules.wikidata("Q07188").ok()).isFalse();
        assertThat(EntryFieldRules.wikidata("https://en.wikipedia.org/wiki/Q7188").ok()).isFalse();
        assertThat(EntryFieldRules.wikidata("P31").ok()).isFalse();
    }

    @Test
    void coordinatesAreDecimalDegreesBothOrNeither() {
        var both = EntryFieldRules.coordinates(" -33.5 ", "+44");
        assertThat(both.latitude().value()).isEqualTo(-33.5);
        assertThat(both.longitude().value()).isEqualTo(44.0);
        var none = EntryFieldRules.coordinates("", " ");
        assertThat(none.latitude().ok() && none.longitude().ok()).isTrue();
        assertThat(none.latitude().value()).isNull();
        assertThat(EntryFieldRules.coordinates("٣٣٫٣١", "۴۴.۳۶").longitude().value()).isEqualTo(44.36);
        assertThat(EntryFieldRules.coordinates("\u221233.3", "44").latitude().value()).isEqualTo(-33.3);
        assertThat(EntryFieldRules.coordinates("90", "-180").latitude().ok()).isTrue();
        assertThat(EntryFieldRules.coordinates("90.01", "0").latitude().problem()).contains("between -90");
        assertThat(EntryFieldRules.coordinates("0", "180.5").longitude().problem()).contains("between -180");
        for (String bad : new String[] {"1e2", "0x10", "Infinity", "NaN", "33.3N", "33,3", "3d", "."}) {
            assertThat(EntryFieldRules.coordinates(bad, "0").latitude().problem()).as(bad).contains("a number of degrees");
        }
        assertThat(EntryFieldRules.coordinates("33", "").longitude().problem()).isEqualTo("Give the longitude too, or clear the latitude");
        assertThat(EntryFieldRules.coordinates("", "44").latitude().problem()).isEqualTo("Give the latitude too, or clear the longitude");
    }

    @Test
    void aNameIsNeededAndHoldsNoBar() {
        assertThat(EntryFieldRules.name("  ").problem()).isEqualTo("Give the Arabic name");
        assertThat(EntryFieldRules.name("أ | ب").ok()).isFalse();
        assertThat(EntryFieldRules.name(" بغداد ").value()).isEqualTo("بغداد");
    }
}
