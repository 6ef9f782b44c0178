package org.hashiya.ui;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Stage;
import org.hashiya.service.BundledSamples;
import org.hashiya.service.RecentLibraries;
import org.hashiya.service.SchemaService;
import org.hashiya.service.UserFolders;
import org.hashiya.service.UserPreferences;
import org.hashiya.service.export.ExportService;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.hashiya.ui.annotate.AnnotationWorkbench;
import org.hashiya.ui.export.DesktopExportTargets;
import org.hashiya.ui.export.ExportDialog;
import org.hashiya.ui.export.ExportTargets;
import org.hashiya.ui.export.ExportViewModel;
import org.hashiya.ui.labels.LabelPalette;
import org.hashiya.ui.labels.LabelsDialog;
import org.hashiya.ui.labels.SchemaViewModel;
import org.hashiya.ui.reader.ReadingPane;
import org.hashiya.ui.review.ReviewViewModel;
import org.hashiya.ui.stats.StatisticsWindow;

/**
 * Assembles the workbench for a stage: view models, the main window, the reading pane, and the
 * library to open. Used by {@link HashiyaApp} and by the UI tests, so both run the same wiring.
 */
public final class Workbench {
    private final MainViewModel model;
    private final ImportViewModel imports;
    private final ReadingPane readingPane;
    private final MainWindow window;
    private final UserFolders folders;
    private final SchemaViewModel schemas = new SchemaViewModel();
    private final AnnotationWorkbench annotation;
    private final ReviewLink review;
    private final Executor background;
    private ExportTargets exportTargets = new DesktopExportTargets();

    public Workbench(UserFolders folders, Executor background, String annotatorName, UserPreferences preferences) {
        this.folders = folders;
        this.background = background;
        RecentLibraries recent = new RecentLibraries(folders.recentLibrariesFile());
        model = new MainViewModel((file, create) -> openAndRemember(file, create, recent), background, Platform::runLater);
        imports = new ImportViewModel(model, annotatorName);
        readingPane = new ReadingPane();
        readingPane.setId("reading-pane");
        // The reader controller must come before annotating: showing an article's text clears
        // the pane's highlights, and annotating paints them afterwards.
        ReaderController reader = new ReaderController(model, readingPane);
        annotation = new AnnotationWorkbench(readingPane, annotatorName, model::setStatus, model.list()::updateStatus);
        model.openArticleProperty().addListener((obs, old, article) -> {
            if (old == null || article == null || old.id() != article.id()) { // not for a metadata save
                annotation.show(model.libraryProperty().get(), article);
            }
        });
        annotation.setPaletteOpener(this::openPalette);
        model.libraryProperty().addListener((obs, old, library) -> schemas.setLibrary(library));
        schemas.schemaProperty().addListener((obs, old, schema) -> annotation.model().reloadSchema());

        window = new MainWindow(model, imports, readingPane, recent::list);
        window.addFileMenuItems(exportMenuItem());
        review = new ReviewLink(model, window, annotation, readingPane,
                new ReviewViewModel(daemon("hashiya-review"), daemon("hashiya-review-index"), Platform::runLater),
                annotatorName);
        window.addMenu(annotation.editMenu(preferences));
        Menu view = reader.viewMenu();
        view.getItems().addAll(0, review.viewItems());
        view.getItems().addAll(new SeparatorMenuItem(), StatisticsWindow.menuItem(
                () -> readingPane.getScene().getWindow(), model.libraryProperty(), background));
        window.addMenu(view);
        window.addMenu(annotateMenu());
        window.addSidePanel(annotation.panel());
    }

    /** A background thread doing its work in order; it never keeps the JVM alive. */
    private static Executor daemon(String name) {
        return java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** File ▸ Export…: the export dialog for the open library, which counts and exports in the background. */
    private MenuItem exportMenuItem() {
        MenuItem item = ExportDialog.menuItem(() -> readingPane.getScene().getWindow(),
                () -> new ExportViewModel(new ExportService(model.libraryProperty().get()), background,
                        Platform::runLater, model::setStatus),
                () -> exportTargets);
        item.disableProperty().bind(model.libraryProperty().isNull());
        return item;
    }

    /**
     * Where File ▸ Export… asks for the target and for leave to replace it: the system's choosers
     * unless a caller (a script, a test) answers instead.
     */
    public void setExportTargets(ExportTargets targets) {
        exportTargets = Objects.requireNonNull(targets);
    }

    /** Annotate ▸ Labels…: the schema dialog. */
    private Menu annotateMenu() {
        Menu annotate = new Menu("Annotate");
        annotate.getItems().setAll(LabelsDialog.menuItem(() -> readingPane.getScene().getWindow(), schemas));
        return annotate;
    }

    /** The label palette, just below the end of the selection (or the top of the pane). */
    private void openPalette() {
        Bounds pane = readingPane.localToScreen(readingPane.getLayoutBounds());
        if (pane == null) {
            return;
        }
        double x = pane.getMinX() + pane.getWidth() / 2 - 200;
        double y = pane.getMinY() + 80;
        int end = readingPane.getSelection().getEnd();
        Optional<Bounds> at = readingPane.getSelection().getLength() > 0
                ? readingPane.characterBoundsInScene(Math.max(0, end - 1)) : Optional.empty();
        if (at.isPresent()) {
            Bounds onScreen = readingPane.localToScreen(readingPane.sceneToLocal(at.get()));
            x = Math.max(pane.getMinX(), onScreen.getMinX() - 200);
            y = onScreen.getMaxY() + 4;
        }
        LabelPalette.show(readingPane, x, y, schemas.schema(), annotation.model()::applyLabel);
    }

    private static Library openAndRemember(Path file, boolean create, RecentLibraries recent) {
        Library library = SqliteLibrary.open(file, create);
        try {
            new SchemaService(library).ensureSchema();
        } catch (RuntimeException e) {
            library.close();
            throw e;
        }
        recent.remember(library.file());
        return library;
    }

    /**
     * Opens {@code libraryFile}, or the user's default library when it is null; only the default
     * library is ever seeded with the bundled samples, and only on its very first start.
     */
    public boolean openLibrary(Path libraryFile) {
        boolean isDefault = libraryFile == null;
        boolean opened = model.openLibrary(isDefault ? folders.defaultLibrary() : libraryFile, true);
        if (opened && isDefault) {
            seedSamples();
        }
        return opened;
    }

    private void seedSamples() {
        Library library = model.libraryProperty().get();
        new BundledSamples(folders.dataFolder().resolve("samples")).seedIfFirstStart(library).ifPresent(report -> {
            model.refreshList();
            if (!model.list().visibleRows().isEmpty()) {
                model.open(model.list().visibleRows().get(0).summary().id(), "");
            }
            model.setStatus("Welcome to Hashiya. Your new library holds " + report.imported()
                    + " sample articles from the bundled demo set (" + library.file() + ").");
        });
    }

    /** Puts the window on {@code stage} and shows it. */
    public void show(Stage stage) {
        Scene scene = new Scene(window.root(), 1280, 800);
        scene.getStylesheets().add(Objects.requireNonNull(Workbench.class.getResource("main.css")).toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(model.windowTitleProperty());
        stage.setOnHidden(e -> model.closeLibrary());
        if (StartupTrace.on()) {
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                StartupTrace.mark("first layout pulse");
                Platform.runLater(() -> scene.removePostLayoutPulseListener(once[0]));
            };
            scene.addPostLayoutPulseListener(once[0]);
        }
        stage.show();
        if (Boolean.getBoolean("hashiya.reportShown")) { // for bench/run: process start to stage.show() returned
            long started = ProcessHandle.current().info().startInstant().map(java.time.Instant::toEpochMilli).orElse(0L);
            System.err.println("shown " + (System.currentTimeMillis() - started));
        }
    }

    public MainViewModel model() {
        return model;
    }

    public AnnotationWorkbench annotation() {
        return annotation;
    }

    public ImportViewModel imports() {
        return imports;
    }

    /** The open library's label schema; listen to it to refresh highlights and shortcuts. */
    public SchemaViewModel schemas() {
        return schemas;
    }

    public ReadingPane readingPane() {
        return readingPane;
    }

    /** The review view's model (the review tab). */
    public ReviewViewModel reviewModel() {
        return review.model();
    }

    /** Shows main view {@code index}: 0 reading, 1 review. */
    public void showView(int index) {
        window.showView(index);
    }
}
