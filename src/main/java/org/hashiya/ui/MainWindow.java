package org.hashiya.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.hashiya.ui.library.LibraryListView;
import org.hashiya.ui.metadata.MetadataView;

/**
 * The workbench window: menus, the library list, the reading pane, the article's metadata and a
 * status line with import progress; other main views (review) as tabs beside reading. Only wiring;
 * the state lives in {@link MainViewModel}.
 */
public final class MainWindow {
    private final MainViewModel model;
    private final ImportViewModel imports;
    private final Node readingPane;
    private final BorderPane root = new BorderPane();
    private final javafx.scene.layout.VBox sidePanel = new javafx.scene.layout.VBox();
    private final Menu fileMenu = new Menu("File");
    private final Menu recentMenu = new Menu("Open Recent");
    private final TabPane views = new TabPane();
    private final java.util.function.Supplier<List<Path>> recentLibraries;
    private final HBox statusBar = new HBox(8);

    public MainWindow(MainViewModel model, ImportViewModel imports, Node readingPane,
                      java.util.function.Supplier<List<Path>> recentLibraries) {
        this.model = model;
        this.imports = imports;
        this.readingPane = readingPane;
        this.recentLibraries = recentLibraries;
        build();
    }

    public Parent root() {
        return root;
    }

    private void build() {
        root.getStyleClass().add("main-window");
        root.setTop(menuBar());
        LibraryListView list = new LibraryListView(model.list());
        TitledPane metadataPane = new TitledPane("Article", new MetadataView(model.metadata()));
        metadataPane.setCollapsible(false);
        sidePanel.getChildren().add(metadataPane);
        sidePanel.getStyleClass().add("side-panel");
        SplitPane split = new SplitPane(list, readingPane, sidePanel);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.27, 0.73);
        SplitPane.setResizableWithParent(list, false);
        SplitPane.setResizableWithParent(sidePanel, false);
        Tab reading = new Tab("Reading", split);
        reading.setId("view-reading");
        reading.setClosable(false);
        views.getTabs().setAll(reading);
        views.setId("main-views");
        views.getStyleClass().add("main-views");
        views.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root.setCenter(views);
        root.setBottom(statusBar());
        enableDrop();
        imports.setOnFinished(report -> ImportSummaryDialog.showIfNeeded(window(), report, List.copyOf(imports.problems())));
    }

    private MenuBar menuBar() {
        MenuItem newLibrary = item("New Library…", "Shortcut+N", () -> chooseLibrary(true));
        MenuItem openLibrary = item("Open Library…", "Shortcut+O", () -> chooseLibrary(false));
        recentMenu.setOnShowing(e -> fillRecent());
        fillRecent();
        MenuItem importFiles = item("Import Files…", "Shortcut+I", this::chooseFilesToImport);
        MenuItem importFolder = item("Import Folder…", "Shortcut+Shift+I", this::chooseFolderToImport);
        importFiles.disableProperty().bind(imports.runningProperty());
        importFolder.disableProperty().bind(imports.runningProperty());
        MenuItem quit = item("Quit", "Shortcut+Q", () -> window().hide());
        fileMenu.getItems().setAll(newLibrary, openLibrary, recentMenu, new SeparatorMenuItem(),
                importFiles, importFolder, new SeparatorMenuItem(), quit);
        MenuBar bar = new MenuBar(fileMenu);
        bar.setId("menu-bar");
        return bar;
    }

    /** Adds a View menu (zoom and the like) that the reading pane provides. */
    public void addMenu(Menu menu) {
        ((MenuBar) root.getTop()).getMenus().add(menu);
    }

    /**
     * Adds a main view beside reading, as a tab; returns its index (for {@link #showView}). The view
     * is made when the tab is first shown: a tab's content takes part in every CSS pass and layout
     * even while hidden, so a view made up front would cost start-up time for a screen not yet seen.
     */
    public int addView(String title, String id, java.util.function.Supplier<? extends Node> view) {
        Tab tab = new Tab(title);
        tab.setId(id);
        tab.setClosable(false);
        tab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected && tab.getContent() == null) {
                tab.setContent(view.get());
            }
        });
        views.getTabs().add(tab);
        return views.getTabs().size() - 1;
    }

    /** Shows main view {@code index}: 0 is reading. */
    public void showView(int index) {
        views.getSelectionModel().select(index);
    }

    /** Which main view shows: 0 is reading. */
    public javafx.beans.property.ReadOnlyIntegerProperty shownViewProperty() {
        return views.getSelectionModel().selectedIndexProperty();
    }

    /** Adds nodes at the end of the status bar (the search index's progress). */
    public void addStatusItems(Node... items) {
        statusBar.getChildren().addAll(items);
    }

    /** Adds items to the File menu after the import items (File ▸ Export…). */
    public void addFileMenuItems(MenuItem... items) {
        int quit = fileMenu.getItems().size() - 1;
        fileMenu.getItems().addAll(quit - 1, List.of(items)); // before the separator above Quit
    }

    /** Adds a panel below the article's metadata, taking the remaining height (the annotation panel). */
    public void addSidePanel(Node panel) {
        javafx.scene.layout.VBox.setVgrow(panel, Priority.ALWAYS);
        sidePanel.getChildren().add(panel);
    }

    private void fillRecent() {
        recentMenu.getItems().clear();
        for (Path path : recentLibraries.get()) {
            MenuItem entry = new MenuItem(path.toString());
            entry.setMnemonicParsing(false);
            entry.setOnAction(e -> model.openLibrary(path, false));
            recentMenu.getItems().add(entry);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(e -> action.run());
        return item;
    }

    private Node statusBar() {
        Label status = new Label();
        status.setId("status-line");
        status.textProperty().bind(model.statusProperty());
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        ProgressBar progress = new ProgressBar();
        progress.setId("import-progress");
        progress.progressProperty().bind(imports.progressProperty());
        progress.visibleProperty().bind(imports.runningProperty());
        progress.managedProperty().bind(imports.runningProperty());
        Button cancel = new Button("Cancel import");
        cancel.setId("import-cancel");
        cancel.setOnAction(e -> imports.cancel());
        cancel.visibleProperty().bind(imports.runningProperty());
        cancel.managedProperty().bind(imports.runningProperty());
        statusBar.getChildren().setAll(status, progress, cancel);
        statusBar.getStyleClass().add("status-bar");
        return statusBar;
    }

    private void enableDrop() {
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && !imports.runningProperty().get()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            boolean accepted = e.getDragboard().hasFiles() && !imports.runningProperty().get();
            if (accepted) {
                imports.start(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            e.setDropCompleted(accepted);
            e.consume();
        });
    }

    private void chooseLibrary(boolean create) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(create ? "New library" : "Open library");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Hashiya library", "*.db", "*.hashiya"));
        File file = create ? chooser.showSaveDialog(window()) : chooser.showOpenDialog(window());
        if (file != null) {
            Path path = file.toPath();
            if (create && !path.getFileName().toString().contains(".")) {
                path = path.resolveSibling(path.getFileName() + ".db");
            }
            model.openLibrary(path, create);
        }
    }

    private void chooseFilesToImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import articles");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Articles and annotated sets", "*.txt", "*.html", "*.htm", "*.jsonl", "*.ann"));
        List<File> files = chooser.showOpenMultipleDialog(window());
        if (files != null && !files.isEmpty()) {
            imports.start(files.stream().map(File::toPath).toList());
        }
    }

    private void chooseFolderToImport() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Import a folder of articles");
        File folder = chooser.showDialog(window());
        if (folder != null) {
            imports.start(List.of(folder.toPath()));
        }
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }
}
