package org.hashiya.ui.annotate;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.hashiya.service.AnnotationException;
import org.hashiya.service.AnnotationService;
import org.hashiya.service.ArticleAnnotator;
import org.hashiya.service.SpanMismatch;
import org.hashiya.store.Library;
import org.hashiya.store.LibraryException;

/**
 * Annotating one article: opens and closes it and holds one view model per job, each updated from
 * the change events the {@link ArticleAnnotator} sends back (so an action, its undo and its redo
 * update the screen the same way, one span at a time):
 * {@link #selection()} (text selection and the picked span), {@link #spanList()},
 * {@link #labelling()}, {@link #events()} (the event inspector and role filling), {@link #undo()}, {@link #article()} (status, relevance, tags, note),
 * {@link #highlights()} (what to paint) and {@link #tips()} (hover text).
 *
 * <p>Holds no controls. Use on one thread (the UI's).
 */
public final class AnnotationViewModel {
    private final AnnotationSession session = new AnnotationSession();
    private final SelectionViewModel selection = new SelectionViewModel(session);
    private final SpanListViewModel spanList = new SpanListViewModel(session);
    private final EventsViewModel events = new EventsViewModel(session, selection);
    private final HighlightsViewModel highlights = new HighlightsViewModel(session, selection, events.markedProperty());
    private final LabellingViewModel labelling = new LabellingViewModel(session, selection, events);
    private final UndoViewModel undo = new UndoViewModel(session);
    private final ArticleFieldsViewModel article = new ArticleFieldsViewModel(session);
    private final SpanTipsViewModel tips = new SpanTipsViewModel(session, selection);
    private final ReadOnlyStringWrapper mismatchReport = new ReadOnlyStringWrapper(this, "mismatchReport", "");
    private final ReadOnlyStringWrapper annotatorName = new ReadOnlyStringWrapper(this, "annotatorName", "");

    /**
     * Opens an article for annotation (a new one becomes in_progress), checks its spans against its
     * text and reports any that no longer match; they are drawn where they are stored, never moved.
     */
    public boolean open(Library lib, long articleId, String annotatorName) {
        close();
        ArticleAnnotator opened;
        try {
            opened = new AnnotationService(lib, annotatorName).open(articleId);
        } catch (AnnotationException | LibraryException e) {
            session.say(e.getMessage());
            return false;
        }
        this.annotatorName.set(opened.annotator());
        List<SpanMismatch> mismatches = opened.mismatches();
        mismatchReport.set(mismatches.isEmpty() ? "" : mismatchText(mismatches));
        session.start(lib, opened);
        if (!mismatches.isEmpty()) {
            session.say(mismatchReport.get());
        }
        return true;
    }

    /** Lets go of the open article (its annotation is already stored). */
    public void close() {
        mismatchReport.set("");
        session.stop();
    }

    /** Annotates as someone else from now on: reopens the article (its undo history ends here). */
    public void changeAnnotator(String name) {
        if (session.isOpen()) {
            open(session.library(), session.annotator().article().id(), name);
        } else {
            annotatorName.set(name == null ? "" : name.strip());
        }
    }

    /** Rereads the label schema (after labels were edited) and repaints in the new colours. */
    public void reloadSchema() {
        session.reloadSchema();
    }

    public SelectionViewModel selection() {
        return selection;
    }

    public SpanListViewModel spanList() {
        return spanList;
    }

    public LabellingViewModel labelling() {
        return labelling;
    }

    public EventsViewModel events() {
        return events;
    }

    public UndoViewModel undo() {
        return undo;
    }

    public ArticleFieldsViewModel article() {
        return article;
    }

    public HighlightsViewModel highlights() {
        return highlights;
    }

    public SpanTipsViewModel tips() {
        return tips;
    }

    /** What just happened or went wrong, in one line for the status bar. */
    public ReadOnlyStringProperty messageProperty() {
        return session.messageProperty();
    }

    /** Empty, or which stored spans no longer match the article text. */
    public ReadOnlyStringProperty mismatchReportProperty() {
        return mismatchReport.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty annotatorNameProperty() {
        return annotatorName.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty openProperty() {
        return session.openProperty();
    }

    /** The open article's id, if one is open. */
    public Optional<Long> articleId() {
        return Optional.ofNullable(session.annotator()).map(a -> a.article().id());
    }

    private static String mismatchText(List<SpanMismatch> mismatches) {
        StringBuilder text = new StringBuilder(mismatches.size() == 1
                ? "1 span no longer matches the article text; it is shown where it was stored, not moved: "
                : mismatches.size() + " spans no longer match the article text; they are shown where they were stored, not moved: ");
        int shown = Math.min(3, mismatches.size());
        for (int i = 0; i < shown; i++) {
            text.append(i == 0 ? "" : "; ").append(mismatches.get(i).message());
        }
        if (mismatches.size() > shown) {
            text.append("; and ").append(mismatches.size() - shown).append(" more");
        }
        return text.toString();
    }
}
