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
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.IndexRange;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.Parent;
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
 * <p>All offsets are UTF-16 indices into the text given to {@link #setArticle} (end exclusive), whatever
 * the area shows: it shows a display document (long paragraphs in chunks, a direction mark before a
 * paragraph that opens with a letter of the other direction), mapped by {@link ArticleText}.
 * Must be used on the JavaFX application thread.
 */
public final class ReadingPane extends StackPane {
    public static final double MIN_ZOOM = 0.5;
    public static final double MAX_ZOOM = 3.0;
    private static final double ZOOM_STEP = 1.1;

    /**
     * Alternating word styles: neighbours never share a style, so every word stays its own text node.
     * MARK is a display-only direction mark (see {@link ArticleText}): the reader font has no glyph
     * for it, so it is drawn invisible and next to no width.
     */
    enum WordStyle { EVEN, ODD, MARK }

    private static final Font MARK_FONT = Font.font(0.01);

    /** A display paragraph's direction, which sets its alignment: right for RTL, left for LTR. */
    enum ChunkDirection { RTL, LTR }

    private static final PseudoClass LTR = PseudoClass.getPseudoClass("ltr");
    /** A chunk followed by another chunk of the same paragraph: no paragraph spacing below it. */
    private static final PseudoClass CONTINUED = PseudoClass.getPseudoClass("continued");

    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1.0);
    private final ObjectBinding<Font> font = Bindings.createObjectBinding(() -> ReaderFont.atScale(zoom.get()), zoom);
    private final StyledTextArea<ChunkDirection, WordStyle> area;
    private final VirtualizedScrollPane<StyledTextArea<ChunkDirection, WordStyle>> scrollPane;
    private final ReadOnlyObjectWrapper<IndexRange> selection =
            new ReadOnlyObjectWrapper<>(this, "selection", new IndexRange(0, 0));
    private final Map<Integer, List<ParagraphOverlay>> overlays = new HashMap<>();
    private final OverlaySource overlaySource = new OverlaySource();
    private ArticleText article = new ArticleText("");
    private HighlightIndex highlights = new HighlightIndex(article);
    /** Search hits: a layer of their own, painted over the highlights, that setHighlights leaves alone. */
    private HighlightIndex searchMarks = new HighlightIndex(article);

    public ReadingPane() {
        getStyleClass().add("reading-pane");
        getStylesheets().add(Objects.requireNonNull(ReadingPane.class.getResource("reading-pane.css")).toExternalForm());
        area = new StyledTextArea<>(ChunkDirection.RTL,
                (flow, direction) -> flow.pseudoClassStateChanged(LTR, direction == ChunkDirection.LTR), WordStyle.EVEN,
                (text, style) -> {
                    if (style == WordStyle.MARK) {
                        text.getStyleClass().add("direction-mark");
                        text.setFont(MARK_FONT);
                    } else {
                        text.fontProperty().bind(font);
                    }
                });
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
        searchMarks = new HighlightIndex(article);
        var builder = new ReadOnlyStyledDocumentBuilder<ChunkDirection, String, WordStyle>(
                SegmentOps.styledTextOps(), ChunkDirection.RTL, article.chunkCount());
        for (int p = 0; p < article.chunkCount(); p++) {
            String paragraph = article.chunkDisplayText(p);
            int mark = article.chunkStoredStart(p) - article.columnZero(p);
            int[] words = WordSegments.lengths(paragraph.substring(mark));
            var spans = new StyleSpansBuilder<WordStyle>(Math.max(1, words.length + mark));
            if (mark > 0) {
                spans.add(WordStyle.MARK, mark);
            }
            if (words.length + mark == 0) {
                spans.add(WordStyle.EVEN, 0);
            }
            for (int i = 0; i < words.length; i++) {
                spans.add(i % 2 == 0 ? WordStyle.EVEN : WordStyle.ODD, words[i]);
            }
            builder.addParagraph(paragraph, spans.create(),
                    article.chunkIsRightToLeft(p) ? ChunkDirection.RTL : ChunkDirection.LTR);
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
        repaintAll();
    }

    /**
     * Replaces the search hits shown: drawn over the highlights with a style of their own (a dashed
     * outline; a solid one for a hit with an outline colour, the current one), so the spans beneath
     * stay visible. Span highlights ({@link #setHighlights}) leave them alone; a new article clears them.
     */
    public void setSearchMarks(Collection<Highlight> all) {
        HighlightIndex fresh = new HighlightIndex(article);
        all.forEach(fresh::put);
        searchMarks = fresh;
        repaintAll();
    }

    public List<Highlight> getSearchMarks() {
        return List.copyOf(searchMarks.all());
    }

    private void repaintAll() {
        // paint the paragraphs on show now, like putHighlight, so a caller sees the result at once
        List.copyOf(overlays.values()).forEach(list -> list.forEach(o -> {
            if (shown(o)) {
                o.paint();
            } else {
                o.markDirty();
            }
        }));
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
        area.selectRange(article.toDisplay(clamp(anchor)), article.toDisplay(clamp(caret)));
    }

    /** Puts the selected text, as stored (no display marks or chunk breaks), on the clipboard. */
    public void copySelection() {
        if (getSelection().getLength() > 0) {
            ClipboardContent content = new ClipboardContent();
            content.putString(getSelectedText());
            Clipboard.getSystemClipboard().setContent(content);
        }
    }

    /** The caret, in stored offsets. */
    int caret() {
        return article.toStored(area.getCaretPosition());
    }

    /** The selection's anchor, in stored offsets. */
    int anchor() {
        return article.toStored(area.getAnchor());
    }

    /** Moves the caret to a stored offset, extending the selection from its anchor or collapsing it. */
    void moveCaret(int target, boolean extend) {
        int display = article.toDisplay(clamp(target));
        area.selectRange(extend ? area.getAnchor() : display, display);
        area.requestFollowCaret();
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
                if (shown(overlay) && overlay.coversSceneY(sceneX, sceneY)) {
                    int chunk = overlay.paragraph();
                    int[] hit = overlay.hit(sceneX, sceneY);
                    int display = article.chunkDisplayStart(chunk);
                    return new int[] {hit[0] < 0 ? -1 : article.toStored(display + hit[0]), article.toStored(display + hit[1])};
                }
            }
        }
        // between paragraphs or beyond the text: RichTextFX's hit gives the nearest insertion point
        Point2D local = area.sceneToLocal(sceneX, sceneY);
        int insertion = area.hit(local.getX(), local.getY()).getInsertionIndex();
        return new int[] {-1, article.toStored(Math.max(0, Math.min(article.displayLength(), insertion)))};
    }

    /** Bounds of one character in scene coordinates, if its paragraph is shown. */
    public Optional<Bounds> characterBoundsInScene(int offset) {
        int k = article.chunkOf(offset);
        int column = article.toDisplay(offset) - article.chunkDisplayStart(k);
        return overlay(k).map(o -> o.flow().localToScene(o.characterBounds(column)));
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

    /** The position, its paragraph counted in display paragraphs (a long paragraph shows as several). */
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
        int p = Math.min(position.paragraph(), article.chunkCount() - 1);
        area.showParagraphAtTop(p);
        area.layout();
        if (position.offsetPx() > 0) {
            area.scrollYBy(position.offsetPx());
        }
    }

    /** Scrolls so the (stored) paragraph is at the top. */
    public void showParagraph(int paragraph) {
        area.showParagraphAtTop(article.firstChunkOf(Math.max(0, Math.min(paragraph, article.paragraphCount() - 1))));
    }

    /** Scrolls so the character at the offset is in view, near the top. */
    public void scrollToOffset(int offset) {
        area.showParagraphAtTop(article.chunkOf(clamp(offset)));
        area.layout();
        characterBoundsInScene(clamp(offset)).ifPresent(b -> {
            double y = area.sceneToLocal(b.getMinX(), b.getMinY()).getY();
            if (y > area.getHeight() / 3) {
                area.scrollYBy(y - area.getHeight() / 3);
            }
        });
    }

    // ---- package-private: keys, mouse, renderer ------------------------------------------------

    StyledTextArea<ChunkDirection, WordStyle> area() {
        return area;
    }

    ArticleText article() {
        return article;
    }

    /** The overlay of a display paragraph (chunk), if shown. */
    Optional<ParagraphOverlay> overlay(int chunk) {
        List<ParagraphOverlay> list = overlays.get(chunk);
        if (list != null) {
            for (int i = list.size() - 1; i >= 0; i--) {
                if (shown(list.get(i))) {
                    return Optional.of(list.get(i));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether an overlay belongs to a paragraph box on show. The area also makes boxes it only
     * measures or has let go of; their overlays stay attached to them, off the scene or hidden.
     */
    private boolean shown(ParagraphOverlay overlay) {
        Parent box = overlay.getParent();
        return box != null && box.getScene() != null && box.getScene() == getScene() && box.isVisible()
                && box.getParent() != null;
    }

    Optional<Region> paragraphBox(int chunk) {
        return overlay(chunk).map(o -> (Region) o.getParent());
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
        // the area's document may still be the previous article's while setArticle replaces it
        if (now.getEnd() > article.displayLength()) {
            return;
        }
        selection.set(new IndexRange(article.toStored(now.getStart()), article.toStored(now.getEnd())));
        BitSet touched = new BitSet();
        for (IndexRange r : new IndexRange[] {old, now}) {
            if (r.getLength() > 0 && r.getEnd() <= article.displayLength()) {
                touched.set(article.chunkOfDisplay(r.getStart()), article.chunkOfDisplay(r.getEnd()) + 1);
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
        public Iterable<Highlight> searchMarksIn(int paragraph) {
            return searchMarks.inParagraph(paragraph);
        }

        @Override
        public int paragraphStart(int chunk) {
            // stored offset of the flow's column 0: one before the chunk start when a mark leads it
            return chunk < article.chunkCount()
                    ? article.columnZero(chunk) : GONE;
        }

        @Override
        public int paragraphLength(int chunk) {
            return article.displayLength(chunk);
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
            int chunk = overlay.paragraph();
            if (chunk < article.chunkCount()) {
                overlay.getParent().pseudoClassStateChanged(CONTINUED, !article.endsParagraph(chunk));
            }
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
