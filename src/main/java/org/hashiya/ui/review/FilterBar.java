package org.hashiya.ui.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.hashiya.domain.ArticleStatus;
import org.hashiya.domain.SpanLabel;
import org.hashiya.domain.LabelKind;
import org.hashiya.domain.LabelSchema;
import org.hashiya.domain.Relevance;
import org.hashiya.domain.ReviewFilter;

/**
 * The review filters: free text (matched the Arabic way, as you type), then label, kind, status,
 * relevance, tag and annotator menus, article ids, a date range, reviewed or not, and spans whose
 * text no longer matches their article. Every one narrows the table further.
 */
final class FilterBar extends VBox {
    private final ReviewViewModel model;
    private final TextField text = new TextField();
    private final ChoiceMenu<String> labels;
    private final ChoiceMenu<LabelKind> kinds;
    private final ChoiceMenu<ArticleStatus> statuses;
    private final ChoiceMenu<Relevance> relevances;
    private final ChoiceMenu<String> tags;
    private final ChoiceMenu<String> annotators;
    private final TextField articles = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final ChoiceBox<ReviewFilter.Reviewed> reviewed = new ChoiceBox<>();
    private final CheckBox mismatched = new CheckBox("Text no longer matches its article");

    FilterBar(ReviewViewModel model) {
        this.model = model;
        getStyleClass().add("review-filters");
        text.setId("review-search");
        text.setPromptText("ابحث في النص والملاحظات — search text and notes");
        text.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        text.getStyleClass().add("review-search");
        PauseTransition typing = new PauseTransition(Duration.millis(250));
        typing.setOnFinished(e -> model.setText(text.getText()));
        text.textProperty().addListener((obs, old, now) -> typing.playFromStart());
        text.setOnAction(e -> {
            typing.stop();
            model.setText(text.getText());
        });
        HBox.setHgrow(text, Priority.ALWAYS);

        labels = new ChoiceMenu<>("review-labels", "Labels", model::setLabels);
        kinds = new ChoiceMenu<>("review-kinds", "Kinds", model::setKinds);
        kinds.setChoices(Arrays.stream(LabelKind.values()).map(k -> new ChoiceMenu.Choice<>(k, k.id())).toList());
        statuses = new ChoiceMenu<>("review-statuses", "Status", model::setStatuses);
        statuses.setChoices(Arrays.stream(ArticleStatus.values()).map(s -> new ChoiceMenu.Choice<>(s, s.id())).toList());
        relevances = new ChoiceMenu<>("review-relevances", "Relevance", model::setRelevances);
        relevances.setChoices(Arrays.stream(Relevance.values())
                .map(r -> new ChoiceMenu.Choice<>(r, r.name().toLowerCase(java.util.Locale.ROOT))).toList());
        tags = new ChoiceMenu<>("review-tags", "Tags", model::setTags);
        annotators = new ChoiceMenu<>("review-annotators", "Annotators", model::setAnnotators);
        model.choices().schemaProperty().addListener((obs, old, schema) -> labels.setChoices(labelChoices(schema)));
        labels.setChoices(labelChoices(model.choices().schemaProperty().get()));
        model.choices().annotators().addListener((javafx.beans.InvalidationListener) obs -> annotators.setChoices(
                model.choices().annotators().stream().map(a -> new ChoiceMenu.Choice<>(a, a.isEmpty() ? "(none)" : a)).toList()));
        model.choices().tags().addListener((javafx.beans.InvalidationListener) obs -> tags.setChoices(
                model.choices().tags().stream().map(t -> new ChoiceMenu.Choice<>(t, t)).toList()));

        reviewed.setId("review-reviewed");
        reviewed.getItems().setAll(ReviewFilter.Reviewed.values());
        reviewed.setValue(ReviewFilter.Reviewed.ANY);
        reviewed.setConverter(new StringConverter<>() {
            @Override
            public String toString(ReviewFilter.Reviewed r) {
                return r == null ? "" : switch (r) {
                    case ANY -> "reviewed or not";
                    case REVIEWED -> "reviewed";
                    case NOT_REVIEWED -> "not reviewed";
                };
            }

            @Override
            public ReviewFilter.Reviewed fromString(String s) {
                throw new UnsupportedOperationException();
            }
        });
        reviewed.valueProperty().addListener((obs, old, now) -> model.setReviewed(now == null ? ReviewFilter.Reviewed.ANY : now));
        mismatched.setId("review-mismatched");
        mismatched.selectedProperty().addListener((obs, old, now) -> model.setMismatchedOnly(now));

        articles.setId("review-articles");
        articles.setPromptText("article ids: 3, 10-20");
        articles.setPrefColumnCount(11);
        articles.setOnAction(e -> model.setArticles(articles.getText()));
        articles.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                model.setArticles(articles.getText());
            }
        });
        from.setId("review-from");
        to.setId("review-to");
        from.setPromptText("from day");
        to.setPromptText("to day");
        from.setPrefWidth(130);
        to.setPrefWidth(130);
        from.valueProperty().addListener((obs, old, now) -> dates(old, true));
        to.valueProperty().addListener((obs, old, now) -> dates(old, false));

        Button clear = new Button("Clear filters");
        clear.setId("review-clear");
        clear.setOnAction(e -> clear());

        HBox first = new HBox(6, text, labels, kinds, statuses, annotators);
        first.getStyleClass().add("filter-row");
        FlowPane second = new FlowPane(6, 4, reviewed, mismatched, relevances, tags, articles, from, to, clear);
        second.getStyleClass().add("filter-row");
        getChildren().setAll(first, second);
    }

    private static List<ChoiceMenu.Choice<String>> labelChoices(LabelSchema schema) {
        List<ChoiceMenu.Choice<String>> choices = new ArrayList<>();
        for (SpanLabel label : schema.labels()) {
            String english = label.englishName().isEmpty() ? label.id() : label.englishName();
            String text = label.arabicName().isEmpty() ? english : label.arabicName() + " — " + english;
            choices.add(new ChoiceMenu.Choice<>(label.id(), label.retired() ? text + " (retired)" : text));
        }
        return choices;
    }

    /** A date was picked: an end before the start is refused and the pick undone. */
    private void dates(LocalDate old, boolean fromChanged) {
        if (!model.setDates(from.getValue(), to.getValue())) {
            (fromChanged ? from : to).setValue(old);
        }
    }

    private void clear() {
        text.setText("");
        labels.clear();
        kinds.clear();
        statuses.clear();
        relevances.clear();
        tags.clear();
        annotators.clear();
        articles.setText("");
        from.setValue(null);
        to.setValue(null);
        reviewed.setValue(ReviewFilter.Reviewed.ANY);
        mismatched.setSelected(false);
        model.clearFilters();
    }

    TextField searchField() {
        return text;
    }
}
