package org.hashiya.ui;

import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.hashiya.domain.Article;
import org.hashiya.domain.EventReviewRow;
import org.hashiya.domain.ReviewRow;
import org.hashiya.domain.Span;
import org.hashiya.service.review.EventReviewService;
import org.hashiya.service.review.ReviewService;
import org.hashiya.store.Library;
import org.hashiya.ui.annotate.AnnotationWorkbench;
import org.hashiya.ui.reader.ReadingPane;
import org.hashiya.ui.review.EventReviewPane;
import org.hashiya.ui.review.EventReviewViewModel;
import org.hashiya.ui.review.ReviewView;
import org.hashiya.ui.review.ReviewViewModel;

/**
 * Joins the review view to the rest of the workbench: a review service for each library opened,
 * Ctrl+1 / Ctrl+2 between reading and review, a row opened in the reading pane with its span
 * picked and scrolled into view, and each view reading again what the other changed (the review
 * table keeps its filters and place; the reading pane rereads the open article after a bulk
 * action, which ends that article's own undo history).
 */
final class ReviewLink {
    private final MainViewModel main;
    private final MainWindow window;
    private final AnnotationWorkbench annotation;
    private final ReadingPane pane;
    private final ReviewViewModel model;
    private final EventReviewViewModel events;
    /** Made when the review tab is first shown. */
    private ReviewView view;
    private final String annotatorName;
    private final int reviewIndex;
    private long changesSeen;
    private boolean shownOnce;
    private String reviewerInUse = "";

    ReviewLink(MainViewModel main, MainWindow window, AnnotationWorkbench annotation, ReadingPane pane,
               ReviewViewModel model, EventReviewViewModel events, String annotatorName) {
        this.main = main;
        this.window = window;
        this.annotation = annotation;
        this.pane = pane;
        this.model = model;
        this.events = events;
        this.annotatorName = annotatorName == null ? "" : annotatorName;
        this.reviewIndex = window.addView("Review", "view-review", this::view);
        model.setOpener(this::openAt);
        events.setOpener(this::openEvent);
        main.libraryProperty().addListener((obs, old, library) -> useLibrary(library));
        useLibrary(main.libraryProperty().get());
        annotation.model().annotatorNameProperty().addListener((obs, old, name) -> {
            if (!name.isEmpty() && !name.equals(reviewerInUse) && main.libraryProperty().get() != null) {
                useLibrary(main.libraryProperty().get()); // reviewed marks carry the new name
            }
        });
        window.shownViewProperty().addListener((obs, old, now) -> shown(now.intValue()));
    }

    private void useLibrary(Library library) {
        reviewerInUse = reviewer();
        ReviewService spans = library == null ? null : new ReviewService(library, reviewerInUse);
        model.setService(spans);
        events.setService(spans == null ? null : new EventReviewService(library, spans));
        shownOnce = false;
    }

    private String reviewer() {
        String name = annotation.model().annotatorNameProperty().get();
        return name == null || name.isEmpty() ? annotatorName : name;
    }

    /** View ▸ Reading (Ctrl+1) and View ▸ Review (Ctrl+2), to put first in the View menu. */
    List<MenuItem> viewItems() {
        MenuItem reading = new MenuItem("Reading");
        reading.setId("menu-view-reading");
        reading.setAccelerator(KeyCombination.keyCombination("Shortcut+1"));
        reading.setOnAction(e -> window.showView(0));
        MenuItem review = new MenuItem("Review");
        review.setId("menu-view-review");
        review.setAccelerator(KeyCombination.keyCombination("Shortcut+2"));
        review.setOnAction(e -> window.showView(reviewIndex));
        return List.of(reading, review, new SeparatorMenuItem());
    }

    private void shown(int index) {
        if (index == reviewIndex) {
            if (!shownOnce) {
                shownOnce = true;
                model.prepareIndex();
            }
            if (view().isShowingEvents()) {
                view().events().refreshKeepingPlace(); // the reading pane may have changed events meanwhile
                Platform.runLater(view().events()::focusTable);
            } else {
                view().refreshKeepingPlace(); // the reading pane may have changed spans meanwhile
                Platform.runLater(view()::focusTable);
            }
        } else if (index == 0) {
            rereadIfChanged();
        }
    }

    /** After bulk actions the open article's spans may differ from what the reading pane holds: read them again. */
    private void rereadIfChanged() {
        long changes = model.changesProperty().get();
        if (changes != changesSeen) {
            changesSeen = changes;
            Article open = main.openArticleProperty().get();
            if (open != null) {
                annotation.show(main.libraryProperty().get(), open);
            }
        }
    }

    /** Shows the row's article in the reading pane with its span picked and scrolled into view. */
    private void openAt(ReviewRow row) {
        openSpan(row.span(), "Opened from the review table");
    }

    /** Shows the event's article with its trigger picked, so the event inspector shows the event. */
    private void openEvent(EventReviewRow row) {
        openSpan(row.trigger(), "Opened event #" + row.event().id() + " from the review table");
    }

    private void openSpan(Span span, String opened) {
        window.showView(0);
        rereadIfChanged();
        if (!main.open(span.articleId(), "")) {
            main.setStatus("Article " + span.articleId() + " is no longer in the library.");
            return;
        }
        annotation.model().selection().selectSpan(span.id());
        Span picked = annotation.model().selection().selectedSpanProperty().get();
        if (picked == null) {
            main.setStatus("That span is no longer in article " + span.articleId() + ".");
            return;
        }
        int offset = annotation.model().selection().utf16Start(picked);
        // the pane lays the new article out first; then the span can be brought into view
        Platform.runLater(() -> {
            pane.scrollToOffset(offset);
            pane.requestFocus();
        });
        main.setStatus(opened + ": «" + picked.text() + "». Ctrl+2 goes back to it.");
    }

    ReviewView view() {
        if (view == null) {
            view = new ReviewView(model);
            view.addEvents(new EventReviewPane(events, model.choices()), events);
        }
        return view;
    }

    ReviewViewModel model() {
        return model;
    }

    EventReviewViewModel events() {
        return events;
    }
}
