package org.hashiya.ui.registry;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hashiya.domain.ActorEntry;
import org.hashiya.domain.PlaceEntry;
import org.hashiya.domain.RegistryEntry;
import org.hashiya.domain.RegistryEntry.EntryKind;
import org.hashiya.domain.SpanLabel;

/**
 * The New actor / New place / Edit dialog's state: the entry's fields as typed, and beside each
 * the problem that keeps it from being stored. Save reads every field, and stores the entry only
 * when all of them are right (and it repeats no other entry); after a first Save the problems
 * follow the typing. Never touches a control.
 */
public final class EntryEditorViewModel {
    /** Stores the entry read from the fields; returns the problem that kept it out, or empty. */
    interface Store {
        Optional<String> store(RegistryEntry entry);
    }

    private final EntryKind kind;
    private final RegistryEntry editing;
    private final ObservableList<SpanLabel> types;
    private final Function<RegistryEntry, Optional<RegistryEntry>> duplicateOf;
    private final Store store;

    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty englishName = new SimpleStringProperty(this, "englishName", "");
    private final ObjectProperty<SpanLabel> type = new SimpleObjectProperty<>(this, "type");
    private final StringProperty aliases = new SimpleStringProperty(this, "aliases", "");
    private final StringProperty country = new SimpleStringProperty(this, "country", "");
    private final StringProperty wikidata = new SimpleStringProperty(this, "wikidata", "");
    private final StringProperty province = new SimpleStringProperty(this, "province", "");
    private final StringProperty latitude = new SimpleStringProperty(this, "latitude", "");
    private final StringProperty longitude = new SimpleStringProperty(this, "longitude", "");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");

    private final ReadOnlyStringWrapper nameProblem = new ReadOnlyStringWrapper(this, "nameProblem", "");
    private final ReadOnlyStringWrapper typeProblem = new ReadOnlyStringWrapper(this, "typeProblem", "");
    private final ReadOnlyStringWrapper countryProblem = new ReadOnlyStringWrapper(this, "countryProblem", "");
    private final ReadOnlyStringWrapper wikidataProblem = new ReadOnlyStringWrapper(this, "wikidataProblem", "");
    private final ReadOnlyStringWrapper latitudeProblem = new ReadOnlyStringWrapper(this, "latitudeProblem", "");
    private final ReadOnlyStringWrapper longitudeProblem = new ReadOnlyStringWrapper(this, "longitudeProblem", "");
    /** A problem of the whole entry (the library refused it). */
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private boolean tried;

    /**
     * @param editing     the entry edited, or null for a new entry of {@code kind}
     * @param actorTypes  the schema's actor labels (retired ones are offered only as the entry's own type)
     * @param duplicateOf another entry the one read would repeat
     */
    EntryEditorViewModel(EntryKind kind, RegistryEntry editing, List<SpanLabel> actorTypes,
                         Function<RegistryEntry, Optional<RegistryEntry>> duplicateOf, Store store) {
        if (editing != null && editing.kind() != kind) {
            throw new IllegalArgumentException("editing " + editing.kind().id() + " as " + kind.id());
        }
        this.kind = kind;
        this.editing = editing;
        this.duplicateOf = duplicateOf;
        this.store = store;
        String ownType = editing instanceof ActorEntry a ? a.type() : "";
        this.types = FXCollections.observableArrayList(actorTypes.stream()
                .filter(l -> !l.retired() || l.id().equals(ownType)).toList());
        if (editing != null) {
            name.set(editing.name());
            englishName.set(editing.englishName());
            aliases.set(EntryFieldRules.aliasesText(editing.aliases()));
            country.set(editing.country());
            note.set(editing.note());
        }
        if (editing instanceof ActorEntry actor) {
            type.set(types.stream().filter(l -> l.id().equals(actor.type())).findFirst().orElse(null));
            wikidata.set(actor.wikidata());
        } else if (editing instanceof PlaceEntry place) {
            province.set(place.province());
            latitude.set(place.latitude() == null ? "" : plain(place.latitude()));
            longitude.set(place.longitude() == null ? "" : plain(place.longitude()));
        }
        for (Observable field : new Observable[] {name, englishName, type, aliases, country, wikidata, province,
                latitude, longitude, note}) {
            field.addListener(o -> {
                if (tried) {
                    read();
                }
            });
        }
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /**
     * Reads every field and stores the entry if all are right. Returns true when the dialog may
     * close: the entry is stored, or an edit changed nothing.
     */
    public boolean save() {
        tried = true;
        Optional<RegistryEntry> entry = read();
        if (entry.isEmpty()) {
            return false;
        }
        if (entry.get().equals(editing)) {
            return true;
        }
        Optional<String> refused = store.store(entry.get());
        refused.ifPresent(problem::set);
        return refused.isEmpty();
    }

    /** The entry the fields make, or empty with each field's problem set. */
    Optional<RegistryEntry> read() {
        problem.set("");
        EntryFieldRules.Read<String> readName = EntryFieldRules.name(name.get());
        EntryFieldRules.Read<String> readCountry = EntryFieldRules.country(country.get());
        EntryFieldRules.Read<String> readWikidata = EntryFieldRules.wikidata(kind == EntryKind.ACTOR ? wikidata.get() : "");
        EntryFieldRules.Coordinates coordinates = kind == EntryKind.PLACE
                ? EntryFieldRules.coordinates(latitude.get(), longitude.get()) : EntryFieldRules.coordinates("", "");
        String typeNeeded = kind == EntryKind.ACTOR && type.get() == null
                ? (types.isEmpty() ? "The label schema has no actor labels: add one in Annotate ▸ Labels…"
                : "Choose the actor's type") : "";
        nameProblem.set(readName.problem());
        typeProblem.set(typeNeeded);
        countryProblem.set(readCountry.problem());
        wikidataProblem.set(readWikidata.problem());
        latitudeProblem.set(coordinates.latitude().problem());
        longitudeProblem.set(coordinates.longitude().problem());
        boolean ok = readName.ok() && typeNeeded.isEmpty() && readCountry.ok() && readWikidata.ok()
                && coordinates.latitude().ok() && coordinates.longitude().ok();
        if (!ok) {
            return Optional.empty();
        }
        RegistryEntry entry;
        try {
            long id = editing == null ? 0 : editing.id();
            List<String> aliasList = new ArrayList<>(EntryFieldRules.aliases(aliases.get()));
            entry = kind == EntryKind.ACTOR
                    ? new ActorEntry(id, readName.value(), englishName.get(), type.get().id(), aliasList,
                    readCountry.value(), readWikidata.value(), note.get())
                    : new PlaceEntry(id, readName.value(), englishName.get(), aliasList, readCountry.value(),
                    province.get(), coordinates.latitude().value(), coordinates.longitude().value(), note.get());
        } catch (IllegalArgumentException e) { // a rule of the records these fields do not know
            problem.set(e.getMessage());
            return Optional.empty();
        }
        Optional<RegistryEntry> same = duplicateOf.apply(entry);
        if (same.isPresent()) {
            RegistryEntry other = same.get();
            if (entry instanceof ActorEntry a && !a.wikidata().isEmpty()
                    && other instanceof ActorEntry b && a.wikidata().equals(b.wikidata())) {
                wikidataProblem.set(a.wikidata() + " is already the Wikidata id of " + describe(other) + ", entry " + other.id());
            } else {
                nameProblem.set("Already in the registry: " + describe(other) + ", entry " + other.id() + ". "
                        + (kind == EntryKind.ACTOR ? "Edit that entry, or choose another type"
                        : "Edit that entry, or give another country or province"));
            }
            return Optional.empty();
        }
        return Optional.of(entry);
    }

    /**
     * «name» (TYPE) or «name» (COUNTRY, province): how a message names another entry. Latin text
     * before and after the Arabic name and no digit beside it, so that in a left-to-right line the
     * bidi algorithm leaves the guillemets and brackets facing the right way.
     */
    private static String describe(RegistryEntry entry) {
        if (entry instanceof ActorEntry a) {
            return "«" + entry.name() + "» (" + a.type() + ")";
        }
        PlaceEntry p = (PlaceEntry) entry;
        String where = String.join(", ", java.util.stream.Stream.of(p.country(), p.province()).filter(s -> !s.isEmpty()).toList());
        return "«" + entry.name() + "»" + (where.isEmpty() ? "" : " (" + where + ")");
    }

    /** "New actor", "New place", "Edit actor «…»". */
    public String title() {
        return editing == null ? "New " + kind.id() : "Edit " + kind.id() + " «" + editing.name() + "»";
    }

    public EntryKind kind() {
        return kind;
    }

    /** The entry edited, or null for a new one. */
    public RegistryEntry editing() {
        return editing;
    }

    /** The types an actor may have: the schema's actor labels in use, and the entry's own. */
    public ObservableList<SpanLabel> types() {
        return types;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty englishNameProperty() {
        return englishName;
    }

    public ObjectProperty<SpanLabel> typeProperty() {
        return type;
    }

    /** One alias a line, or separated by {@code |}. */
    public StringProperty aliasesProperty() {
        return aliases;
    }

    public StringProperty countryProperty() {
        return country;
    }

    public StringProperty wikidataProperty() {
        return wikidata;
    }

    public StringProperty provinceProperty() {
        return province;
    }

    public StringProperty latitudeProperty() {
        return latitude;
    }

    public StringProperty longitudeProperty() {
        return longitude;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ReadOnlyStringProperty nameProblemProperty() {
        return nameProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty typeProblemProperty() {
        return typeProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countryProblemProperty() {
        return countryProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty wikidataProblemProperty() {
        return wikidataProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty latitudeProblemProperty() {
        return latitudeProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty longitudeProblemProperty() {
        return longitudeProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
