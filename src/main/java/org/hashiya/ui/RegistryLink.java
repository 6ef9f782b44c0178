package org.hashiya.ui;

import javafx.application.Platform;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import org.hashiya.service.registry.RegistryService;
import org.hashiya.service.registry.RegistryTransfer;
import org.hashiya.store.Library;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.hashiya.domain.Span;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.hashiya.domain.RegistryEntry;
import org.hashiya.service.registry.OccurrenceFinder;
import org.hashiya.ui.registry.EntryLinkPanel;
import org.hashiya.ui.registry.OccurrencesDialog;
import org.hashiya.ui.registry.OccurrencesViewModel;
import org.hashiya.ui.registry.EntryLinkViewModel;
import org.hashiya.ui.registry.RegistryView;
import org.hashiya.ui.registry.RegistryViewModel;

/**
 * Joins the registry view to the workbench: a tab of its own (View ▸ Registry, Ctrl+3), a registry
 * service for each library opened, read again each time the tab is shown (the side panel may have
 * linked spans or accepted occurrences meanwhile); and below the annotation panel, the picked
 * span's link to its registry entry.
 */
final class RegistryLink {
    private final RegistryViewModel model = new RegistryViewModel();
    private final EntryLinkViewModel links = new EntryLinkViewModel();
    private final RegistryView view = new RegistryView(model);
    private final MainWindow window;
    private final int index;
    private final OccurrencesViewModel occurrences;
    private final MainViewModel main;
    private final java.util.function.Supplier<String> annotator;
    private OccurrencesDialog occurrencesDialog;
    private RegistryService service;

    /**
     * @param annotator       whose spans accepted occurrences become
     * @param spansChanged    told the articles whose spans accepting (or its undo) changed
     */
    RegistryLink(MainViewModel main, MainWindow window, ReadOnlyObjectProperty<Span> pickedSpan, Executor background,
                 java.util.function.Supplier<String> annotator, Consumer<Set<Long>> spansChanged) {
        this.window = window;
        this.main = main;
        this.annotator = annotator;
        this.occurrences = new OccurrencesViewModel(background, Platform::runLater);
        occurrences.setOnSpansChanged(ids -> {
            spansChanged.accept(ids);
            model.reload();
            links.registryChanged();
        });
        model.setOnFindOccurrences(entry -> findOccurrences(entry, OccurrencesViewModel.Scope.LIBRARY));
        links.setOnFindOccurrences(entry -> findOccurrences(entry, OccurrencesViewModel.Scope.ARTICLE));
        EntryLinkPanel panel = new EntryLinkPanel(links);
        window.addSidePanel(panel);
        VBox.setVgrow(panel, Priority.NEVER); // the annotation panel above takes the height
        pickedSpan.addListener((obs, old, span) -> links.show(span));
        links.setOnChange(model::reload);
        model.setOnChange(() -> { // an undo there may take back accepted occurrences
            links.registryChanged();
            spansChanged.accept(Set.of());
        });
        this.index = window.addView("Registry", "view-registry", () -> view);
        main.libraryProperty().addListener((obs, old, library) -> use(library));
        use(main.libraryProperty().get());
        window.shownViewProperty().addListener((obs, old, now) -> {
            if (now.intValue() == index) {
                model.reload();
                Platform.runLater(view::focusSearch);
            }
        });
    }

    private void use(Library library) {
        service = library == null ? null : new RegistryService(library);
        model.setService(service, () -> new RegistryTransfer(library, service));
        links.setService(service);
        occurrences.setFinder(service == null ? null : new OccurrenceFinder(library, service), annotator, Clock.systemUTC());
    }

    /** The Find occurrences dialog for {@code entry}, over the main window (one, reused). */
    private void findOccurrences(RegistryEntry entry, OccurrencesViewModel.Scope scope) {
        if (occurrencesDialog == null) {
            occurrencesDialog = new OccurrencesDialog(window.root().getScene().getWindow(), occurrences);
        }
        var article = main.openArticleProperty().get();
        occurrences.open(entry, article == null ? null : article.id(), scope);
        occurrencesDialog.show();
    }

    OccurrencesViewModel occurrences() {
        return occurrences;
    }

    /** The registry of the open library (one per library, so its undo history is shared). */
    RegistryService service() {
        return service;
    }

    /** View ▸ Registry (Ctrl+3). */
    MenuItem viewItem() {
        MenuItem item = new MenuItem("Registry");
        item.setId("menu-view-registry");
        item.setAccelerator(KeyCombination.keyCombination("Shortcut+3")); // the third main view; Statistics is Ctrl+4
        item.setOnAction(e -> window.showView(index));
        return item;
    }

    RegistryViewModel model() {
        return model;
    }

    EntryLinkViewModel links() {
        return links;
    }
}
