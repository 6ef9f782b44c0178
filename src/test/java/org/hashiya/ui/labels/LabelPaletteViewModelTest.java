package org.hashiya.ui.labels;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hashiya.domain.SpanLabel;
import org.hashiya.domain.LabelKind;
import org.hashiya.domain.LabelSchema;
import org.hashiya.io.SchemaJson;
import org.junit.jupiter.api.Test;

class LabelPaletteViewModelTest {
    final LabelPaletteViewModel model = new LabelPaletteViewModel(SchemaJson.readDefault());

    private List<String> visibleIds() {
        return model.visible().stream().map(e -> e.label().id()).toList();
    }

    @Test
    void withoutAFilterEveryActiveLabelIsOfferedInSchemaOrderAndTheFirstIsChosen() {
        assertThat(visibleIds()).hasSize(21).startsWith("STATE_GOV", "STATE_MIL");
        assertThat(model.chosenId()).contains("STATE_GOV");
    }

    @Test
    void retiredLabelsAreNotOffered() {
        SpanLabel retired = new SpanLabel("OLD", "قديم", "Old", LabelKind.OTHER, "#000000", "", 0, true);
        SpanLabel active = new SpanLabel("NEW", "جديد", "New", LabelKind.OTHER, "#ffffff", "1", 1, false);
        LabelPaletteViewModel palette = new LabelPaletteViewModel(LabelSchema.of(List.of(retired, active)));
        assertThat(palette.visible()).extracting(e -> e.label().id()).containsExactly("NEW");
    }

    @Test
    void anArabicNameFiltersAsWritten() {
        model.filterProperty().set("هجوم");
        assertThat(visibleIds()).containsExactly("ATTACK");
    }

    @Test
    void anArabicFilterWithDiacriticsOrAnotherAlefStillFindsTheLabel() {
        model.filterProperty().set("هُجُوم");
        assertThat(visibleIds()).containsExactly("ATTACK");
        model.filterProperty().set("إعتقال"); // stored as «اعتقال»
        assertThat(visibleIds()).containsExactly("ARREST");
        model.filterProperty().set("اجهزة امنية"); // stored as «أجهزة أمنية وشرطة»
        assertThat(visibleIds()).containsExactly("STATE_SECURITY");
    }

    @Test
    void anEnglishNameFiltersInAnyCase() {
        model.filterProperty().set("PROTEST");
        assertThat(visibleIds()).containsExactly("PROTESTERS");
        model.filterProperty().set("state");
        assertThat(visibleIds()).containsExactly("STATE_GOV", "STATE_MIL", "STATE_SECURITY", "NONSTATE_ARMED", "STATEMENT");
    }

    @Test
    void anIdFiltersWithUnderscoreOrSpace() {
        model.filterProperty().set("state_mil");
        assertThat(visibleIds()).containsExactly("STATE_MIL");
        model.filterProperty().set("territory change");
        assertThat(visibleIds()).containsExactly("TERRITORY_CHANGE");
    }

    @Test
    void upAndDownMoveTheChoiceWithinTheFilteredList() {
        model.filterProperty().set("state");
        model.moveSelection(1);
        assertThat(model.chosenId()).contains("STATE_MIL");
        model.moveSelection(9);
        assertThat(model.chosenId()).as("stops at the last match").contains("STATEMENT");
        model.moveSelection(-9);
        assertThat(model.chosenId()).contains("STATE_GOV");
        model.filterProperty().set("armed");
        assertThat(model.chosenId()).as("a new filter chooses its first match").contains("NONSTATE_ARMED");
    }

    @Test
    void aFilterThatMatchesNothingChoosesNothing() {
        model.filterProperty().set("zzz");
        assertThat(model.visible()).isEmpty();
        assertThat(model.chosenId()).isEmpty();
        model.moveSelection(1);
        assertThat(model.chosenId()).isEmpty();
    }
}
