package org.hashiya.ui.reader;

import javafx.beans.InvalidationListener;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.HitInfo;
import javafx.scene.text.TextFlow;

/**
 * The paragraph graphic of one paragraph: highlights and the selection painted behind its text from
 * {@link TextFlow#rangeShape}, which is right for bidi text across line wraps (RichTextFX's own
 * selection and style spans are not, and style spans would split words). Unmanaged so the paragraph
 * box gives it no width; mouse-transparent so clicks reach the text.
 */
final class ParagraphOverlay extends Group {

    /** What an overlay paints, asked for each time it repaints. */
    interface Source {
        int GONE = Integer.MIN_VALUE;

        Iterable<Highlight> highlightsIn(int paragraph);

        /** Search hits, painted over the highlights in a style of their own. */
        default Iterable<Highlight> searchMarksIn(int paragraph) {
            return java.util.List.of();
        }

        /**
         * The offset that column 0 of the paragraph's flow stands for, in the offsets highlights and
         * the selection use (may be negative), or {@link #GONE} if the paragraph no longer exists.
         */
        int paragraphStart(int paragraph);

        int paragraphLength(int paragraph);

        int selectionStart();

        int selectionEnd();

        void attached(ParagraphOverlay overlay);

        void detached(ParagraphOverlay overlay);
    }

    private static final double OUTLINE_WIDTH = 2;
    private static final javafx.scene.paint.Color SEARCH_MARK_STROKE = javafx.scene.paint.Color.web("#d84315");

    private final int paragraph;
    private final Source source;
    private final Group highlights = new Group();
    private final Path selection = new Path();
    private final InvalidationListener flowChanged = o -> markDirty();
    private TextFlow flow;
    private boolean dirty = true;

    ParagraphOverlay(int paragraph, Source source) {
        this.paragraph = paragraph;
        this.source = source;
        setManaged(false);
        setMouseTransparent(true);
        setViewOrder(1); // behind the paragraph text, without reordering the box's children
        getStyleClass().add("paragraph-overlay");
        selection.getStyleClass().add("selection-overlay");
        getChildren().addAll(highlights, selection);
        parentProperty().addListener((obs, old, parent) -> attachTo(parent));
    }

    int paragraph() {
        return paragraph;
    }

    /** The paragraph's text flow, or null while not shown. */
    TextFlow flow() {
        return flow;
    }

    /** The painted selection, in the flow's coordinates. */
    Path selectionPath() {
        return selection;
    }

    /** The painted highlights, in the flow's coordinates, in paint order. */
    java.util.List<Node> highlightPaths() {
        return highlights.getChildren();
    }

    /** Repaints on the next layout pass (after the flow has laid out its lines). */
    void markDirty() {
        dirty = true;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        if (dirty) {
            paint();
        }
    }

    private void attachTo(Parent parent) {
        if (flow != null) {
            flow.layoutBoundsProperty().removeListener(flowChanged);
            layoutXProperty().unbind();
            layoutYProperty().unbind();
            flow = null;
            source.detached(this);
        }
        if (parent == null) {
            return;
        }
        for (Node sibling : parent.getChildrenUnmodifiable()) {
            if (sibling instanceof TextFlow f) {
                flow = f;
            }
        }
        if (flow != null) {
            layoutXProperty().bind(flow.layoutXProperty());
            layoutYProperty().bind(flow.layoutYProperty());
            flow.layoutBoundsProperty().addListener(flowChanged);
            source.attached(this);
            markDirty();
        }
    }

    void paint() {
        dirty = false;
        highlights.getChildren().clear();
        selection.getElements().clear();
        int start = flow == null ? Source.GONE : source.paragraphStart(paragraph);
        if (start == Source.GONE) {
            return;
        }
        int length = source.paragraphLength(paragraph);
        for (Highlight h : source.highlightsIn(paragraph)) {
            PathElement[] shape = shape(h.start() - start, h.end() - start, length);
            if (shape.length > 0) {
                Path path = new Path(shape);
                path.getStyleClass().add("highlight");
                path.setFill(h.color());
                path.setStroke(h.outline());
                if (h.outline() != null) {
                    path.setStrokeWidth(OUTLINE_WIDTH);
                    path.getStyleClass().add("highlight-outlined");
                }
                if (!h.styleClass().isEmpty()) {
                    path.getStyleClass().addAll(h.styleClass().split("\\s+"));
                }
                highlights.getChildren().add(path);
            }
        }
        for (Highlight h : source.searchMarksIn(paragraph)) {
            PathElement[] shape = shape(h.start() - start, h.end() - start, length);
            if (shape.length > 0) {
                Path path = new Path(shape);
                path.setFill(h.color());
                if (h.outline() == null) {
                    path.getStyleClass().add("search-mark");
                    path.setStroke(SEARCH_MARK_STROKE);
                    path.setStrokeWidth(1.5);
                    path.getStrokeDashArray().setAll(4.0, 3.0); // centred: an outside stroke is drawn undashed
                } else {
                    path.getStyleClass().add("search-mark-current");
                    path.setStrokeType(javafx.scene.shape.StrokeType.OUTSIDE);
                    path.setStroke(h.outline());
                    path.setStrokeWidth(2.5);
                }
                highlights.getChildren().add(path);
            }
        }
        selection.getElements().setAll(shape(source.selectionStart() - start, source.selectionEnd() - start, length));
    }

    private PathElement[] shape(int from, int to, int length) {
        int s = Math.max(0, from);
        int e = Math.min(length, to);
        return e > s ? flow.rangeShape(s, e) : new PathElement[0];
    }

    /** Bounds of one character of this paragraph in the flow's coordinates. */
    Bounds characterBounds(int column) {
        return bounds(flow.rangeShape(column, column + 1));
    }

    /** Geometric bounds of a range shape (a Path's layout bounds would add its stroke). */
    static Bounds bounds(PathElement[] shape) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (PathElement e : shape) {
            double x;
            double y;
            if (e instanceof MoveTo m) {
                x = m.getX();
                y = m.getY();
            } else if (e instanceof LineTo l) {
                x = l.getX();
                y = l.getY();
            } else {
                continue;
            }
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
        }
        return minX > maxX ? new BoundingBox(0, 0, 0, 0) : new BoundingBox(minX, minY, maxX - minX, maxY - minY);
    }

    /**
     * The column under a point given in scene coordinates: {@code [character, insertion]} where
     * character is -1 unless the point lies on a character's box. JavaFX's own hit test is used,
     * not RichTextFX's, whose line measurements assume left-to-right lines.
     */
    int[] hit(double sceneX, double sceneY) {
        Point2D local = flow.sceneToLocal(sceneX, sceneY);
        int length = source.paragraphLength(paragraph);
        if (length == 0) {
            return new int[] {-1, 0};
        }
        HitInfo info = flow.hitTest(local);
        int insertion = Math.max(0, Math.min(length, info.getInsertionIndex()));
        int c = Math.max(0, Math.min(length - 1, info.getCharIndex()));
        // The hit test may name a neighbour at word and run edges, and names the lam for either half
        // of a lam-alef ligature: take the narrowest nearby character box that holds the point.
        int best = -1;
        double bestWidth = Double.POSITIVE_INFINITY;
        for (int candidate = Math.max(0, c - 2); candidate <= Math.min(length - 1, c + 2); candidate++) {
            Bounds box = characterBounds(candidate);
            if (box.contains(local) && box.getWidth() < bestWidth) {
                best = candidate;
                bestWidth = box.getWidth();
            }
        }
        if (best >= 0) {
            return new int[] {best, insertion};
        }
        return new int[] {-1, insertion};
    }

    /** Whether a scene y coordinate falls within this paragraph's flow. */
    boolean coversSceneY(double sceneX, double sceneY) {
        Point2D local = flow.sceneToLocal(sceneX, sceneY);
        return local.getY() >= 0 && local.getY() < flow.getHeight();
    }
}
