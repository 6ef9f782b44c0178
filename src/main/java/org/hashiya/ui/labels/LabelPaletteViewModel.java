package org.hashiya.ui.labels;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.hashiya.domain.SpanLabel;
import org.hashiya.domain.LabelSchema;
import org.hashiya.text.SearchNormalizer;

/**
 * State of the label palette: the schema's active labels, filtered by what the user types, and
 * which one Enter would pick. A label matches when every typed word occurs in its Arabic name,
 * English name or id; Arabic is compared without diacritics, tatweel and alef/yeh/teh-marbuta
 * variants, so «إعتقال» and «اعتقَال» both find «اعتقال». Ids match with _ or a space.
 */
public final class LabelPaletteViewModel {
    /** An active label with its search key computed once. */
    public record Entry(SpanLabel label, String searchKey) {
    }

    private final ObservableList<Entry> entries;
    private final FilteredList<Entry> visible;
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ReadOnlyIntegerWrapper selectedIndex = new ReadOnlyIntegerWrapper(this, "selectedIndex", -1);

    public LabelPaletteViewModel(LabelSchema schema) {
        entries = FXCollections.observableArrayList(schema.active().stream().map(LabelPaletteViewModel::entry).toList());
        visible = new FilteredList<>(entries);
        filter.addListener((obs, old, text) -> applyFilter(text));
        selectedIndex.set(visible.isEmpty() ? -1 : 0);
    }

    private static Entry entry(SpanLabel label) {
        String id = label.id().toLowerCase(Locale.ROOT);
        String key = String.join("\n", SearchNormalizer.normalize(label.arabicName()),
                SearchNormalizer.normalize(label.englishName()), id, id.replace('_', ' '));
        return new Entry(label, key);
    }

    private void applyFilter(String text) {
        List<String> words = Arrays.stream(SearchNormalizer.normalize(text == null ? "" : text).split("\\s+"))
                .filter(w -> !w.isEmpty()).toList();
        visible.setPredicate(words.isEmpty() ? null : e -> words.stream().allMatch(e.searchKey()::contains));
        selectedIndex.set(visible.isEmpty() ? -1 : 0);
    }

    /** Moves the choice by {@code delta} rows, staying inside the list. */
    public void moveSelection(int delta) {
        if (!visible.isEmpty()) {
            select(Math.max(0, Math.min(visible.size() - 1, selectedIndex.get() + delta)));
        }
    }

    /** Chooses the row at {@code index} of the visible list (a click). */
    public void select(int index) {
        if (index >= 0 && index < visible.size()) {
            selectedIndex.set(index);
        }
    }

    /** The id of the label Enter would pick: the chosen row, if any. */
    public Optional<String> chosenId() {
        int index = selectedIndex.get();
        return index < 0 || index >= visible.size() ? Optional.empty() : Optional.of(visible.get(index).label().id());
    }

    /** The labels that match the filter, in schema order. */
    public ObservableList<Entry> visible() {
        return visible;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ReadOnlyIntegerProperty selectedIndexProperty() {
        return selectedIndex.getReadOnlyProperty();
    }
}
