package org.hashiya.ui;

import javafx.application.Platform;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import org.hashiya.service.registry.RegistryService;
import org.hashiya.service.registry.RegistryTransfer;
import org.hashiya.store.Library;
import org.hashiya.ui.registry.RegistryView;
import org.hashiya.ui.registry.RegistryViewModel;

/**
 * Joins the registry view to the workbench: a tab of its own (View ▸ Registry, Ctrl+3), a registry
 * service for each library opened, read again each time the tab is shown (the side panel may have
 * linked spans or accepted occurrences meanwhile).
 */
final class RegistryLink {
    private final RegistryViewModel model = new RegistryViewModel();
    private final RegistryView view = new RegistryView(model);
    private final MainWindow window;
    private final int index;
    private RegistryService service;

    RegistryLink(MainViewModel main, MainWindow window) {
        this.window = window;
        this.index = window.addView("Registry", "view-registry", view);
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
    }

    /** The registry of the open library (one per library, so its undo history is shared). */
    RegistryService service() {
        return service;
    }

    /** View ▸ Registry (Ctrl+3). */
    MenuItem viewItem() {
        MenuItem item = new MenuItem("Registry");
        item.setId("menu-view-registry");
        item.setAccelerator(KeyCombination.keyCombination("Shortcut+3"));
        item.setOnAction(e -> window.showView(index));
        return item;
    }

    RegistryViewModel model() {
        return model;
    }
}
