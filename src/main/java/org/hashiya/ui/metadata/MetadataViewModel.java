package org.hashiya.ui.metadata;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.BiFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.hashiya.domain.Article;
import org.hashiya.domain.ArticleMetadata;

/**
 * The metadata form of the open article: editable title, source, URL and publication date, and
 * what import recorded, read-only. {@link #save()} hands the edit to the saver and keeps what it
 * returns (the service may fill in a blank title).
 */
public final class MetadataViewModel {
    private static final DateTimeFormatter IMPORT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty source = new SimpleStringProperty(this, "source", "");
    private final StringProperty url = new SimpleStringProperty(this, "url", "");
    private final StringProperty published = new SimpleStringProperty(this, "published", "");
    private final ReadOnlyStringWrapper importInfo = new ReadOnlyStringWrapper(this, "importInfo", "");
    private final ReadOnlyStringWrapper sha256 = new ReadOnlyStringWrapper(this, "sha256", "");
    private final BiFunction<Long, ArticleMetadata, ArticleMetadata> saver;
    private ArticleMetadata saved = new ArticleMetadata("", "", "", "");
    private long articleId = -1;
    private final BooleanBinding dirty;

    public MetadataViewModel(BiFunction<Long, ArticleMetadata, ArticleMetadata> saver) {
        this.saver = saver;
        this.dirty = Bindings.createBooleanBinding(() -> articleId >= 0 && !edited().equals(saved),
                title, source, url, published);
    }

    public void show(Article article) {
        articleId = -1;
        saved = article.metadata();
        fill(saved);
        var record = article.importRecord();
        importInfo.set(record.sourcePath() + "\n" + record.encoding() + " · "
                + IMPORT_TIME.withZone(ZoneId.systemDefault()).format(record.importedAt()));
        sha256.set(record.sha256());
        articleId = article.id();
        dirty.invalidate();
    }

    private void fill(ArticleMetadata m) {
        title.set(m.title());
        source.set(m.source());
        url.set(m.url());
        published.set(m.published());
    }

    private ArticleMetadata edited() {
        return new ArticleMetadata(title.get().strip(), source.get().strip(), url.get().strip(), published.get().strip());
    }

    /** Saves the edit if anything changed; returns true when something was written. */
    public boolean save() {
        if (!dirty.get()) {
            return false;
        }
        saved = saver.apply(articleId, edited());
        fill(saved);
        dirty.invalidate();
        return true;
    }

    public void revert() {
        fill(saved);
    }

    public BooleanBinding dirtyProperty() {
        return dirty;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty sourceProperty() {
        return source;
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty publishedProperty() {
        return published;
    }

    public ReadOnlyStringProperty importInfoProperty() {
        return importInfo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sha256Property() {
        return sha256.getReadOnlyProperty();
    }
}
