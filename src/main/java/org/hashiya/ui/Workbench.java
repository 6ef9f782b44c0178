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
import org.hashiya.ui.compare.CompareWindow;
import org.hashiya.ui.export.DesktopExportTargets;
import org.hashiya.ui.export.ExportDialog;
import org.hashiya.ui.export.ExportTargets;
import org.hashiya.ui.export.ExportViewModel;
import org.hashiya.service.agreement.AgreementService;
import org.hashiya.service.merge.MergeService;
import org.hashiya.ui.agreement.AgreementDialog;
import org.hashiya.ui.agreement.AgreementViewModel;
import org.hashiya.ui.labels.LabelPalette;
import org.hashiya.ui.merge.MergeDialog;
import org.hashiya.ui.merge.MergeViewModel;
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
    private final SearchLink search;
    private final RegistryLink registry;
    private final Executor background;
    private ExportTargets exportTargets = new DesktopExportTargets();
    private java.util.function.BiFunction<javafx.stage.Window, String, java.util.List<Path>> mergeChooser =
            MergeDialog::chooseLibraries;
    private java.util.function.BiFunction<javafx.stage.Window, String, Path> agreementSaveChooser =
            AgreementDialog::chooseCsv;

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

        javafx.scene.layout.BorderPane readingArea = new javafx.scene.layout.BorderPane(readingPane);
        window = new MainWindow(model, imports, readingArea, recent::list);
        search = new SearchLink(model, window, readingPane, readingArea, daemon("hashiya-search"),
                daemon("hashiya-search-index"));
        window.addFileMenuItems(exportMenuItem(), mergeMenuItem());
        review = new ReviewLink(model, window, annotation, readingPane,
                new ReviewViewModel(daemon("hashiya-review"), daemon("hashiya-review-index"), Platform::runLater),
                new org.hashiya.ui.review.EventReviewViewModel(daemon("hashiya-review-events"), Platform::runLater),
                annotatorName);
        Menu edit = annotation.editMenu(preferences);
        edit.getItems().addAll(search.editItems());
        window.addMenu(edit);
        Menu view = reader.viewMenu();
        view.getItems().addAll(0, review.viewItems());
        registry = new RegistryLink(model, window, annotation.model().selection().selectedSpanProperty(),
                daemon("hashiya-occurrences"), annotation::annotatorName, this::rereadArticles);
        view.getItems().add(2, registry.viewItem()); // after Reading and Review
        view.getItems().addAll(new SeparatorMenuItem(), StatisticsWindow.menuItem(
                () -> readingPane.getScene().getWindow(), model.libraryProperty(), background), agreementMenuItem());
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
                () -> new ExportViewModel(new ExportService(model.libraryProperty().get(), annotation.annotatorName()), background,
                        Platform::runLater, model::setStatus),
                () -> exportTargets);
        item.disableProperty().bind(model.libraryProperty().isNull());
        return item;
    }

    /** View ▸ Agreement…: the agreement of named coders in the open library. */
    private MenuItem agreementMenuItem() {
        MenuItem item = AgreementDialog.menuItem(() -> readingPane.getScene().getWindow(),
                () -> new AgreementViewModel(new AgreementService(model.libraryProperty().get()), background,
                        Platform::runLater),
                (owner, name) -> agreementSaveChooser.apply(owner, name));
        item.disableProperty().bind(model.libraryProperty().isNull());
        return item;
    }

    /** Where View ▸ Agreement… asks for the CSV file to save: the system's chooser unless a caller (a test) answers. */
    public void setAgreementSaveChooser(java.util.function.BiFunction<javafx.stage.Window, String, Path> chooser) {
        agreementSaveChooser = Objects.requireNonNull(chooser);
    }

    /** File ▸ Merge Library…: other coders' libraries into the open one, in the background. */
    private MenuItem mergeMenuItem() {
        MenuItem item = MergeDialog.menuItem(() -> readingPane.getScene().getWindow(),
                () -> new MergeViewModel(new MergeService(model.libraryProperty().get()), background,
                        Platform::runLater, model::refreshList, model::setStatus),
                (owner, title) -> mergeChooser.apply(owner, title));
        item.disableProperty().bind(model.libraryProperty().isNull());
        return item;
    }

    /** Where File ▸ Merge Library… asks for the libraries: the system's chooser unless a caller (a test) answers. */
    public void setMergeChooser(java.util.function.BiFunction<javafx.stage.Window, String, java.util.List<Path>> chooser) {
        mergeChooser = Objects.requireNonNull(chooser);
    }

    /**
     * Where File ▸ Export… asks for the target and for leave to replace it: the system's choosers
     * unless a caller (a script, a test) answers instead.
     */
    public void setExportTargets(ExportTargets targets) {
        exportTargets = Objects.requireNonNull(targets);
    }

    /** Annotate ▸ Labels…: the schema dialog; Annotate ▸ Compare Coders…: the open article's codings side by side. */
    private Menu annotateMenu() {
        Menu annotate = new Menu("Annotate");
        annotate.getItems().setAll(LabelsDialog.menuItem(() -> readingPane.getScene().getWindow(), schemas),
                CompareWindow.menuItem(() -> readingPane.getScene().getWindow(), model.libraryProperty()::get,
                        () -> model.openArticleProperty().get() == null ? null : model.openArticleProperty().get().id(),
                        annotation::annotatorName, model::setStatus, this::rereadArticle));
        return annotate;
    }

    /** After adjudication stored spans of this article: annotating shows them, and the list its status. */
    private void rereadArticle(long articleId) {
        var article = model.openArticleProperty().get();
        if (article != null && article.id() == articleId) {
            annotation.show(model.libraryProperty().get(), article);
        }
    }

    /** After spans of these articles were stored or removed elsewhere (accepted occurrences, their undo). */
    private void rereadArticles(java.util.Set<Long> articleIds) {
        var article = model.openArticleProperty().get();
        if (article != null && (articleIds.isEmpty() || articleIds.contains(article.id()))) {
            annotation.show(model.libraryProperty().get(), article);
        }
    }

    /** The Find occurrences dialog's model (registry view, entry link panel). */
    public org.hashiya.ui.registry.OccurrencesViewModel occurrencesModel() {
        return registry.occurrences();
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
        LabelPalette.show(readingPane, x, y, schemas.schema(), annotation.model().labelling()::applyLabel);
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

    /** The review view's events mode model. */
    public org.hashiya.ui.review.EventReviewViewModel eventReviewModel() {
        return review.events();
    }

    /** The review view (made on first use). */
    public org.hashiya.ui.review.ReviewView reviewView() {
        return review.view();
    }

    /** The search field's model (Ctrl+F, Ctrl+Shift+F). */
    public org.hashiya.ui.search.SearchViewModel searchModel() {
        return search.model();
    }

    /** The registry view's model (the registry tab). */
    public org.hashiya.ui.registry.RegistryViewModel registryModel() {
        return registry.model();
    }

    /** The side panel's link from the picked span to the registry. */
    public org.hashiya.ui.registry.EntryLinkViewModel entryLinkModel() {
        return registry.links();
    }

    /** Shows main view {@code index}: 0 reading, 1 review, 2 registry. */
    public void showView(int index) {
        window.showView(index);
    }
}
