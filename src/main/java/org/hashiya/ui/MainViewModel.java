package org.hashiya.ui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.hashiya.domain.Article;
import org.hashiya.domain.ArticleMetadata;
import org.hashiya.domain.ArticleSummary;
import org.hashiya.service.ArticleCatalog;
import org.hashiya.service.ErrorLog;
import org.hashiya.store.Library;
import org.hashiya.store.LibraryException;
import org.hashiya.ui.library.LibraryListViewModel;
import org.hashiya.ui.metadata.MetadataViewModel;

/**
 * State of the main window: which library is open, the list, the open article and its metadata,
 * the status line. Holds no controls; the view binds to it. Work that may take long runs on
 * {@code background}; results come back through {@code uiThread}.
 */
public final class MainViewModel {
    private final LibraryOpener opener;
    private final Executor background;
    private final Executor uiThread;

    private final ReadOnlyObjectWrapper<Library> library = new ReadOnlyObjectWrapper<>(this, "library");
    private final ReadOnlyObjectWrapper<Article> openArticle = new ReadOnlyObjectWrapper<>(this, "openArticle");
    private final ObjectProperty<String> readingPosition = new SimpleObjectProperty<>(this, "readingPosition", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper windowTitle = new ReadOnlyStringWrapper(this, "windowTitle", "Hashiya");
    private final LibraryListViewModel list = new LibraryListViewModel();
    private final MetadataViewModel metadata;
    private ArticleCatalog catalog;
    private java.util.function.Supplier<String> positionSource = () -> "";

    /** Opens library files; the app passes one that also remembers recent libraries. */
    public interface LibraryOpener {
        Library open(Path file, boolean createIfMissing);
    }

    public MainViewModel(LibraryOpener opener, Executor background, Executor uiThread) {
        this.opener = opener;
        this.background = background;
        this.uiThread = uiThread;
        this.metadata = new MetadataViewModel(this::saveMetadata);
        list.selectedProperty().addListener((obs, old, summary) -> {
            if (summary != null && (openArticle.get() == null || openArticle.get().id() != summary.id())) {
                open(summary.id(), "");
            }
        });
    }

    /** Opens a library, closing the current one. Returns false (and says why) when it cannot. */
    public boolean openLibrary(Path file, boolean createIfMissing) {
        Library opened;
        try {
            opened = opener.open(file, createIfMissing);
        } catch (LibraryException e) {
            status.set(e.getMessage());
            return false;
        }
        closeLibrary();
        library.set(opened);
        catalog = new ArticleCatalog(opened);
        windowTitle.set("Hashiya — " + opened.file().getFileName());
        refreshList();
        Optional<ArticleCatalog.ReadingPosition> last = catalog.lastPosition();
        boolean reopened = last.isPresent() && open(last.get().articleId(), last.get().position());
        if (!reopened && !list.visibleRows().isEmpty()) {
            open(list.visibleRows().get(0).summary().id(), "");
        }
        status.set(list.totalCount() + " articles in " + opened.file());
        return true;
    }

    public void refreshList() {
        if (catalog != null) {
            list.setArticles(catalog.summaries());
        }
    }

    /** After an import into an empty reading pane, shows the first article rather than nothing. */
    public void openFirstIfNothingOpen() {
        if (catalog != null && openArticle.get() == null && !list.visibleRows().isEmpty()) {
            open(list.visibleRows().get(0).summary().id(), "");
        }
    }

    /** Shows an article in the reading pane at a remembered position ("" for the top). */
    public boolean open(long articleId, String position) {
        Optional<Article> article = catalog.article(articleId);
        if (article.isEmpty()) {
            return false;
        }
        rememberPosition();
        metadata.save(); // an edit not yet saved goes with the article it belongs to, never lost
        readingPosition.set(position);
        openArticle.set(article.get());
        metadata.show(article.get());
        list.visibleRows().stream().map(LibraryListViewModel.Row::summary)
                .filter(s -> s.id() == articleId).findFirst().ifPresent(list.selectedProperty()::set);
        return true;
    }

    /** The view tells where the reader is scrolled to, as an opaque string. */
    public void setPositionSource(java.util.function.Supplier<String> source) {
        this.positionSource = source;
    }

    /** Stores where the reader is, so the next start reopens there. */
    public void rememberPosition() {
        Article current = openArticle.get();
        if (current != null && catalog != null) {
            try {
                catalog.rememberPosition(current.id(), positionSource.get());
            } catch (LibraryException e) {
                ErrorLog.error("cannot remember reading position", e);
            }
        }
    }

    private ArticleMetadata saveMetadata(long id, ArticleMetadata edited) {
        try {
            ArticleMetadata saved = catalog.saveMetadata(id, edited);
            catalog.article(id).ifPresent(a -> {
                openArticle.set(a);
                list.update(new ArticleSummary(a.id(), a.title(), a.length(), a.importRecord().importedAt(),
                        a.metadata().published(), a.status()));
            });
            status.set("Saved");
            return saved;
        } catch (LibraryException e) {
            status.set(e.getMessage());
            return edited;
        }
    }

    public void closeLibrary() {
        Library current = library.get();
        if (current != null) {
            rememberPosition();
            metadata.save();
            // Let everything that follows the library let go of it before the file is closed.
            openArticle.set(null);
            library.set(null);
            catalog = null;
            try {
                current.close();
            } catch (LibraryException e) {
                ErrorLog.error("closing library", e);
            }
        }
    }

    public void runInBackground(Runnable work) {
        background.execute(work);
    }

    public void runOnUi(Runnable work) {
        uiThread.execute(work);
    }

    public void setStatus(String message) {
        status.set(message);
    }

    public ReadOnlyObjectProperty<Library> libraryProperty() {
        return library.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Article> openArticleProperty() {
        return openArticle.getReadOnlyProperty();
    }

    /** Where to scroll the article being opened ("" for the top). */
    public ObjectProperty<String> readingPositionProperty() {
        return readingPosition;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty windowTitleProperty() {
        return windowTitle.getReadOnlyProperty();
    }

    public LibraryListViewModel list() {
        return list;
    }

    public MetadataViewModel metadata() {
        return metadata;
    }

    Optional<ArticleCatalog> catalog() {
        return Optional.ofNullable(catalog);
    }
}
