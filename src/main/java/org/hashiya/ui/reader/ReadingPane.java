package org.hashiya.ui.reader;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.IndexRange;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Font;
import javafx.scene.control.ScrollPane.ScrollBarPolicy;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.Caret;
import org.fxmisc.richtext.StyledTextArea;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.fxmisc.richtext.util.UndoUtils;

/**
 * Shows one article right to left, wrapped, read-only and selectable, with highlights painted behind
 * the text. A view only: the caller owns the text and the highlights and pushes them in.
 *
 * <p>All offsets are UTF-16 indices into the text given to {@link #setArticle} (end exclusive).
 * Must be used on the JavaFX application thread.
 */
public final class ReadingPane extends StackPane {
    public static final double MIN_ZOOM = 0.5;
    public static final double MAX_ZOOM = 3.0;
    private static final double ZOOM_STEP = 1.1;

    /** Alternating word styles: neighbours never share a style, so every word stays its own text node. */
    enum WordStyle { EVEN, ODD }

    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1.0);
    private final ObjectBinding<Font> font = Bindings.createObjectBinding(() -> ReaderFont.atScale(zoom.get()), zoom);
    private final StyledTextArea<String, WordStyle> area;
    private final VirtualizedScrollPane<StyledTextArea<String, WordStyle>> scrollPane;
    private final ReadOnlyObjectWrapper<IndexRange> selection =
            new ReadOnlyObjectWrapper<>(this, "selection", new IndexRange(0, 0));
    private final Map<Integer, List<ParagraphOverlay>> overlays = new HashMap<>();
    private final OverlaySource overlaySource = new OverlaySource();
    private ArticleText article = new ArticleText("");
    private HighlightIndex highlights = new HighlightIndex(article);

    public ReadingPane() {
        getStyleClass().add("reading-pane");
        getStylesheets().add(Objects.requireNonNull(ReadingPane.class.getResource("reading-pane.css")).toExternalForm());
        area = new StyledTextArea<>("", (flow, paragraphStyle) -> { }, WordStyle.EVEN,
                (text, style) -> text.fontProperty().bind(font));
        area.setEditable(false);
        area.setWrapText(true);
        area.setUndoManager(UndoUtils.noOpUndoManager());
        area.showCaretProperty().bind(Bindings.when(area.focusedProperty())
                .then(Caret.CaretVisibility.ON).otherwise(Caret.CaretVisibility.OFF));
        area.setParagraphGraphicFactory(p -> new ParagraphOverlay(p, overlaySource));
        area.selectionProperty().addListener((obs, old, now) -> selectionChanged(old, now));
        zoom.addListener((obs, old, now) -> {
            if (now.doubleValue() < MIN_ZOOM || now.doubleValue() > MAX_ZOOM) {
                zoom.set(Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, now.doubleValue())));
            }
        });
        scrollPane = new VirtualizedScrollPane<>(area);
        scrollPane.setHbarPolicy(ScrollBarPolicy.NEVER);
        getChildren().add(scrollPane);
        ReaderKeys.install(this);
        new ReaderMouse(this).install();
    }

    // ---- content -------------------------------------------------------------------------------

    /** Shows this text (each {@code \n}-separated line a paragraph), clears highlights and selection, scrolls to top. */
    public void setArticle(String text) {
        Objects.requireNonNull(text, "text");
        article = new ArticleText(text);
        highlights = new HighlightIndex(article);
        var builder = new ReadOnlyStyledDocumentBuilder<String, String, WordStyle>(
                SegmentOps.styledTextOps(), "", article.paragraphCount());
        for (int p = 0; p < article.paragraphCount(); p++) {
            String paragraph = article.paragraph(p);
            int[] words = WordSegments.lengths(paragraph);
            var spans = new StyleSpansBuilder<WordStyle>(Math.max(1, words.length));
            if (words.length == 0) {
                spans.add(WordStyle.EVEN, 0);
            }
            for (int i = 0; i < words.length; i++) {
                spans.add(i % 2 == 0 ? WordStyle.EVEN : WordStyle.ODD, words[i]);
            }
            builder.addParagraph(paragraph, spans.create());
        }
        area.replace(0, area.getLength(), builder.build());
        area.moveTo(0);
        area.showParagraphAtTop(0);
    }

    /** The text shown, exactly as given. */
    public String getArticle() {
        return article.text();
    }

    // ---- highlights ----------------------------------------------------------------------------

    /** Replaces all highlights. */
    public void setHighlights(Collection<Highlight> all) {
        HighlightIndex fresh = new HighlightIndex(article);
        all.forEach(fresh::put);
        highlights = fresh;
        overlays.values().forEach(list -> list.forEach(ParagraphOverlay::markDirty));
    }

    /** Adds a highlight, or replaces the one with the same id; repaints only the paragraphs it touches. */
    public void putHighlight(Highlight highlight) {
        repaint(highlights.put(highlight));
    }

    /** Removes the highlight with this id, if any; repaints only the paragraphs it touched. */
    public void removeHighlight(String id) {
        repaint(highlights.remove(id));
    }

    public List<Highlight> getHighlights() {
        return List.copyOf(highlights.all());
    }

    /** Gives the keyboard to the text, so reading and annotating keys work at once. */
    @Override
    public void requestFocus() {
        area.requestFocus();
    }

    // ---- selection -----------------------------------------------------------------------------

    /** The selected range in document offsets; empty (start == end) when nothing is selected. */
    public ReadOnlyObjectProperty<IndexRange> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    public IndexRange getSelection() {
        return selection.get();
    }

    public String getSelectedText() {
        IndexRange r = selection.get();
        return article.text().substring(r.getStart(), r.getEnd());
    }

    /** Selects [start, end) with the caret at end; start may be after end to put the caret first. */
    public void selectRange(int anchor, int caret) {
        area.selectRange(clamp(anchor), clamp(caret));
    }

    /** Selects the whole word (without trailing space) holding the offset; nothing on whitespace. */
    public void selectWordAt(int offset) {
        int p = article.paragraphOf(clamp(offset));
        int start = article.paragraphStart(p);
        int[] word = WordSegments.wordAt(article.paragraph(p), clamp(offset) - start);
        selectRange(start + word[0], start + word[1]);
    }

    /**
     * The character under a point in scene coordinates (e.g. a mouse event's sceneX/sceneY), if the
     * point lies on a character of a visible paragraph.
     */
    public OptionalInt characterAt(double sceneX, double sceneY) {
        int[] hit = hitScene(sceneX, sceneY);
        return hit[0] >= 0 ? OptionalInt.of(hit[0]) : OptionalInt.empty();
    }

    /**
     * Document offsets under a scene point: {@code [character or -1, insertion]}; insertion is the
     * nearest caret position, the end of the text below the last paragraph.
     */
    int[] hitScene(double sceneX, double sceneY) {
        for (List<ParagraphOverlay> list : overlays.values()) {
            for (ParagraphOverlay overlay : list) {
                if (overlay.coversSceneY(sceneX, sceneY)) {
                    int start = article.paragraphStart(overlay.paragraph());
                    int[] hit = overlay.hit(sceneX, sceneY);
                    return new int[] {hit[0] < 0 ? -1 : start + hit[0], start + hit[1]};
                }
            }
        }
        // between paragraphs or beyond the text: RichTextFX's hit gives the nearest insertion point
        Point2D local = area.sceneToLocal(sceneX, sceneY);
        return new int[] {-1, clamp(area.hit(local.getX(), local.getY()).getInsertionIndex())};
    }

    /** Bounds of one character in scene coordinates, if its paragraph is shown. */
    public Optional<Bounds> characterBoundsInScene(int offset) {
        int p = article.paragraphOf(offset);
        return overlay(p).map(o -> o.flow().localToScene(o.characterBounds(offset - article.paragraphStart(p))));
    }

    // ---- zoom ----------------------------------------------------------------------------------

    /** Font scale, 1.0 = {@value ReaderFont#BASE_SIZE} px; kept within [{@value #MIN_ZOOM}, {@value #MAX_ZOOM}]. */
    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public void zoomIn() {
        zoom.set(zoom.get() * ZOOM_STEP);
    }

    public void zoomOut() {
        zoom.set(zoom.get() / ZOOM_STEP);
    }

    public void resetZoom() {
        zoom.set(1.0);
    }

    // ---- scrolling -----------------------------------------------------------------------------

    public ReadingPosition getReadingPosition() {
        if (article.length() == 0) {
            return ReadingPosition.TOP;
        }
        int first = area.firstVisibleParToAllParIndex();
        return paragraphBox(first)
                .map(box -> {
                    double top = area.sceneToLocal(box.localToScene(0, 0)).getY() - area.getInsets().getTop();
                    return new ReadingPosition(first, Math.max(0, -top));
                })
                .orElse(new ReadingPosition(first, 0));
    }

    public void setReadingPosition(ReadingPosition position) {
        int p = Math.min(position.paragraph(), article.paragraphCount() - 1);
        area.showParagraphAtTop(p);
        area.layout();
        if (position.offsetPx() > 0) {
            area.scrollYBy(position.offsetPx());
        }
    }

    /** Scrolls so the paragraph is at the top. */
    public void showParagraph(int paragraph) {
        area.showParagraphAtTop(Math.max(0, Math.min(paragraph, article.paragraphCount() - 1)));
    }

    /** Scrolls so the character at the offset is in view, near the top. */
    public void scrollToOffset(int offset) {
        int p = article.paragraphOf(clamp(offset));
        area.showParagraphAtTop(p);
        area.layout();
        characterBoundsInScene(clamp(offset)).ifPresent(b -> {
            double y = area.sceneToLocal(b.getMinX(), b.getMinY()).getY();
            if (y > area.getHeight() / 3) {
                area.scrollYBy(y - area.getHeight() / 3);
            }
        });
    }

    // ---- package-private: keys, mouse, renderer ------------------------------------------------

    StyledTextArea<String, WordStyle> area() {
        return area;
    }

    ArticleText article() {
        return article;
    }

    Optional<ParagraphOverlay> overlay(int paragraph) {
        List<ParagraphOverlay> list = overlays.get(paragraph);
        return list == null || list.isEmpty() ? Optional.empty() : Optional.of(list.get(list.size() - 1));
    }

    Optional<Region> paragraphBox(int paragraph) {
        return overlay(paragraph).map(o -> (Region) o.getParent());
    }

    void setScrollBarsShown(boolean shown) {
        scrollPane.setVbarPolicy(shown ? ScrollBarPolicy.AS_NEEDED : ScrollBarPolicy.NEVER);
    }

    int clamp(int offset) {
        return Math.max(0, Math.min(article.length(), offset));
    }

    private void repaint(BitSet paragraphs) {
        for (int p = paragraphs.nextSetBit(0); p >= 0; p = paragraphs.nextSetBit(p + 1)) {
            List<ParagraphOverlay> list = overlays.get(p);
            if (list != null) {
                list.forEach(ParagraphOverlay::paint);
            }
        }
    }

    private void selectionChanged(IndexRange old, IndexRange now) {
        selection.set(now);
        BitSet touched = new BitSet();
        for (IndexRange r : new IndexRange[] {old, now}) {
            if (r.getLength() > 0) {
                touched.set(article.paragraphOf(clamp(r.getStart())), article.paragraphOf(clamp(r.getEnd())) + 1);
            }
        }
        repaint(touched);
    }

    private final class OverlaySource implements ParagraphOverlay.Source {
        @Override
        public Iterable<Highlight> highlightsIn(int paragraph) {
            return highlights.inParagraph(paragraph);
        }

        @Override
        public int paragraphStart(int paragraph) {
            return paragraph < article.paragraphCount() ? article.paragraphStart(paragraph) : -1;
        }

        @Override
        public int paragraphLength(int paragraph) {
            return article.paragraphEnd(paragraph) - article.paragraphStart(paragraph);
        }

        @Override
        public int selectionStart() {
            return selection.get().getStart();
        }

        @Override
        public int selectionEnd() {
            return selection.get().getEnd();
        }

        @Override
        public void attached(ParagraphOverlay overlay) {
            overlays.computeIfAbsent(overlay.paragraph(), k -> new ArrayList<>(1)).add(overlay);
        }

        @Override
        public void detached(ParagraphOverlay overlay) {
            List<ParagraphOverlay> list = overlays.get(overlay.paragraph());
            if (list != null) {
                list.remove(overlay);
                if (list.isEmpty()) {
                    overlays.remove(overlay.paragraph());
                }
            }
        }
    }
}
