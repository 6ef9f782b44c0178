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
import org.hashiya.ui.registry.EntryLinkPanel;
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
    private RegistryService service;

    RegistryLink(MainViewModel main, MainWindow window, ReadOnlyObjectProperty<Span> pickedSpan) {
        this.window = window;
        EntryLinkPanel panel = new EntryLinkPanel(links);
        window.addSidePanel(panel);
        VBox.setVgrow(panel, Priority.NEVER); // the annotation panel above takes the height
        pickedSpan.addListener((obs, old, span) -> links.show(span));
        links.setOnChange(model::reload);
        model.setOnChange(links::registryChanged);
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
