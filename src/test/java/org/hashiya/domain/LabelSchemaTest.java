package org.hashiya.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LabelSchemaTest {

    private static SpanLabel label(String id, String shortcut, boolean retired) {
        return new SpanLabel(id, "ع", "E", LabelKind.ACTOR, "#ABCDEF", shortcut, 99, retired);
    }

    @Test
    void positionsFollowTheListOrder() {
        LabelSchema schema = LabelSchema.of(List.of(label("B", "1", false), label("A", "2", false)));
        assertThat(schema.labels()).extracting(SpanLabel::id, SpanLabel::position)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("B", 0), org.assertj.core.groups.Tuple.tuple("A", 1));
    }

    @Test
    void shortcutsAndColoursAreKeptInLowercaseAndLookedUpInAnyCase() {
        LabelSchema schema = LabelSchema.of(List.of(label("A", "Q", false)));
        assertThat(schema.labels().get(0).colour()).isEqualTo("#abcdef");
        assertThat(schema.byShortcut("q")).map(SpanLabel::id).contains("A");
        assertThat(schema.byShortcut("Q")).map(SpanLabel::id).contains("A");
        assertThat(schema.byShortcut("")).isEmpty();
    }

    @Test
    void retiredLabelsAreFoundByIdButNotOfferedOrSelectedByKey() {
        LabelSchema schema = LabelSchema.of(List.of(label("A", "1", false), label("OLD", "2", true)));
        assertThat(schema.byId("OLD")).isPresent();
        assertThat(schema.byShortcut("2")).isEmpty();
        assertThat(schema.active()).extracting(SpanLabel::id).containsExactly("A");
    }

    @Test
    void aLabelWithoutAnyNameIsRejected() {
        assertThatThrownBy(() -> LabelSchema.of(List.of(new SpanLabel("A", " ", "", LabelKind.TIME, "#ffffff", "", 0, false))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("label 1: needs an Arabic or an English name");
    }
}
