package org.hashiya.ui.review;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hashiya.domain.SpanLabel;
import org.hashiya.domain.LabelSchema;
import org.hashiya.service.review.ReviewService;
import org.hashiya.store.LibraryException;

/**
 * What the review view's filters and relabel menu offer: the label schema (names and colours for
 * the table too), the annotators and the article tags in the library, read in the background.
 */
public final class ReviewChoices {
    private final Executor background;
    private final Executor ui;
    private final Consumer<String> failure;
    private final ReadOnlyObjectWrapper<LabelSchema> schema = new ReadOnlyObjectWrapper<>(this, "schema", LabelSchema.of(List.of()));
    private final ObservableList<String> annotators = FXCollections.observableArrayList();
    private final ObservableList<String> tags = FXCollections.observableArrayList();

    ReviewChoices(Executor background, Executor ui, Consumer<String> failure) {
        this.background = background;
        this.ui = ui;
        this.failure = failure;
    }

    /** Reads the choices of {@code service}'s library; they are kept only if {@code current} still holds then. */
    void load(ReviewService service, BooleanSupplier current) {
        background.execute(() -> {
            LabelSchema labels;
            List<String> names;
            List<String> tagNames;
            try {
                labels = service.schema();
                names = service.annotators();
                tagNames = service.tags();
            } catch (LibraryException e) {
                ui.execute(() -> failure.accept(e.getMessage()));
                return;
            }
            ui.execute(() -> {
                if (current.getAsBoolean()) {
                    schema.set(labels);
                    annotators.setAll(names);
                    tags.setAll(tagNames);
                }
            });
        });
    }

    void clear() {
        schema.set(LabelSchema.of(List.of()));
        annotators.clear();
        tags.clear();
    }

    /** The label schema (names, colours, relabel choices). */
    public ReadOnlyObjectProperty<LabelSchema> schemaProperty() {
        return schema.getReadOnlyProperty();
    }

    /** Annotator names in the library, for the filter. */
    public ObservableList<String> annotators() {
        return FXCollections.unmodifiableObservableList(annotators);
    }

    /** Article tags in the library, for the filter. */
    public ObservableList<String> tags() {
        return FXCollections.unmodifiableObservableList(tags);
    }

    /** A label's name as the table shows it: English, else Arabic, else its id. */
    public String labelName(String labelId) {
        return schema.get().byId(labelId).map(ReviewChoices::nameOf).orElse(labelId);
    }

    /** A label's colour "#rrggbb", grey for a label the schema lacks. */
    public String labelColour(String labelId) {
        return schema.get().byId(labelId).map(SpanLabel::colour).orElse("#d0d0d0");
    }

    /** The labels a span can be given (active ones, in schema order). */
    public List<SpanLabel> activeLabels() {
        return schema.get().active();
    }

    private static String nameOf(SpanLabel label) {
        return label.englishName().isEmpty() ? label.arabicName() : label.englishName();
    }
}
