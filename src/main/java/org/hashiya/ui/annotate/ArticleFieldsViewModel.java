package org.hashiya.ui.annotate;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.hashiya.domain.ArticleAnnotation;
import org.hashiya.domain.ArticleStatus;
import org.hashiya.domain.Relevance;

/** The open article as a unit of work: its status, relevance, tags and note, each stored at once. */
public final class ArticleFieldsViewModel implements AnnotationSession.Listener {
    private final AnnotationSession session;
    private final ReadOnlyObjectWrapper<ArticleStatus> status = new ReadOnlyObjectWrapper<>(this, "status");
    private final ReadOnlyObjectWrapper<Relevance> relevance = new ReadOnlyObjectWrapper<>(this, "relevance", Relevance.UNSET);
    private final ReadOnlyStringWrapper tags = new ReadOnlyStringWrapper(this, "tags", "");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "articleNote", "");

    ArticleFieldsViewModel(AnnotationSession session) {
        this.session = session;
        session.addListener(this);
    }

    public void setStatus(ArticleStatus value) {
        if (session.isOpen() && value != null && value != status.get()) {
            session.attempt(() -> session.annotator().setStatus(value));
        }
    }

    public void setRelevance(Relevance value) {
        if (session.isOpen() && value != null && value != relevance.get()) {
            session.attempt(() -> session.annotator().setRelevance(value));
        }
    }

    /** Tags as typed: separated by commas (Latin or Arabic). */
    public void setTags(String typed) {
        if (!session.isOpen()) {
            return;
        }
        List<String> parsed = ArticleAnnotation.normalizeTags(List.of((typed == null ? "" : typed).split("[,،]")));
        if (!String.join(", ", parsed).equals(tags.get())) {
            session.attempt(() -> session.annotator().setTags(parsed));
        }
    }

    public void setArticleNote(String value) {
        String clean = value == null ? "" : value;
        if (session.isOpen() && !clean.equals(note.get())) {
            session.attempt(() -> session.annotator().setArticleNote(clean));
        }
    }

    public ReadOnlyObjectProperty<ArticleStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Relevance> relevanceProperty() {
        return relevance.getReadOnlyProperty();
    }

    /** The tags, sorted, joined by ", ". */
    public ReadOnlyStringProperty tagsProperty() {
        return tags.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty articleNoteProperty() {
        return note.getReadOnlyProperty();
    }

    @Override
    public void reset() {
        if (session.isOpen()) {
            show(session.annotator().annotation());
        } else {
            status.set(null);
            relevance.set(Relevance.UNSET);
            tags.set("");
            note.set("");
        }
    }

    @Override
    public void articleChanged(ArticleAnnotation now) {
        show(now);
    }

    private void show(ArticleAnnotation annotation) {
        status.set(annotation.status());
        relevance.set(annotation.relevance());
        tags.set(String.join(", ", annotation.tags()));
        note.set(annotation.note());
    }
}
