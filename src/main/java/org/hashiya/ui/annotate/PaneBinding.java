package org.hashiya.ui.annotate;

import java.util.List;
import java.util.OptionalInt;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;
import org.hashiya.text.TextRange;
import org.hashiya.ui.reader.Highlight;
import org.hashiya.ui.reader.ReadingPane;

/**
 * Connects the reading pane to the annotation view model: the pane's selection goes in, highlights
 * come out one span at a time, and keys and clicks in the pane become annotation actions.
 *
 * <p>Keys (only while the pane has focus): a label's shortcut (1-9, then letters) labels the
 * selection or relabels the picked span, with Alt the selection is kept exact instead of snapped to
 * words; Delete removes the picked span; Escape clears selection and pick; Ctrl+Z undoes,
 * Ctrl+Shift+Z and Ctrl+Y redo; Ctrl+K opens the label palette. Mouse: a click on a span picks it,
 * clicking again where spans overlap picks the next larger one; an Alt-drag selects exact
 * characters; hovering shows label, annotator and time.
 */
final class PaneBinding {
    static final String HELP = """
            Select words with the mouse (drag, double-click) or Shift+arrows, then press a label's key.
            Selections snap to whole words; hold Alt while dragging or while pressing the key to keep \
            the exact characters (for clitics such as و or بـ).
            Click a span to pick it (click again to cycle through overlapping spans): press another \
            label's key to relabel it, Delete to remove it. Escape clears. Ctrl+Z undo, Ctrl+Shift+Z redo, \
            Ctrl+K label palette.
            Events: pick a span with an event label and press "Make event" (Ctrl+Shift+E). With the event \
            picked and no text selected, Alt+1, Alt+2, … choose one of its roles; then click the span \
            that fills it, or select text and press a label's key to make the filler. Escape cancels.""";

    private final ReadingPane pane;
    private final AnnotationViewModel model;
    private final Tooltip hoverTip = new Tooltip();
    private final Runnable paletteOpener;
    private final Runnable deleteSpan;
    private boolean altDrag;
    private boolean tipShown;

    PaneBinding(ReadingPane pane, AnnotationViewModel model, Runnable paletteOpener, Runnable deleteSpan) {
        this.pane = pane;
        this.model = model;
        this.paletteOpener = paletteOpener;
        this.deleteSpan = deleteSpan;
        hoverTip.setShowDelay(Duration.millis(400));
        hoverTip.getStyleClass().add("span-tip");
    }

    void install() {
        model.highlights().addHighlightSink(new HighlightsViewModel.HighlightSink() {
            @Override
            public void reset(List<Highlight> all) {
                pane.setHighlights(all);
            }

            @Override
            public void put(Highlight highlight) {
                pane.putHighlight(highlight);
            }

            @Override
            public void remove(String id) {
                pane.removeHighlight(id);
            }
        });
        pane.selectionProperty().addListener((obs, old, now) -> model.selection().setSelection(now.getStart(), now.getEnd(), altDrag));
        model.selection().selectionProperty().addListener((obs, old, now) -> collapseIfCleared(now));
        pane.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        pane.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                altDrag = e.isAltDown() && !e.isShiftDown();
            }
        });
        pane.addEventFilter(MouseEvent.MOUSE_CLICKED, this::clicked);
        pane.addEventFilter(MouseEvent.MOUSE_MOVED, this::moved);
        pane.addEventFilter(MouseEvent.MOUSE_EXITED, e -> hideTip());
    }

    private void collapseIfCleared(TextRange now) {
        IndexRange shown = pane.getSelection();
        if (now.isEmpty() && shown.getLength() > 0) {
            pane.selectRange(shown.getEnd(), shown.getEnd());
        }
    }

    private void keyPressed(KeyEvent e) {
        KeyCode code = e.getCode();
        if (e.isShortcutDown()) {
            if (code == KeyCode.Z && !e.isShiftDown()) {
                model.undo().undo();
            } else if ((code == KeyCode.Z && e.isShiftDown()) || code == KeyCode.Y) {
                model.undo().redo();
            } else if (code == KeyCode.K) {
                paletteOpener.run();
            } else {
                return;
            }
            e.consume();
            return;
        }
        String digit = e.isAltDown() ? shortcutKey(code) : null;
        if (digit != null && Character.isDigit(digit.charAt(0)) && model.events().rolesKeysActive()) {
            // Alt+digit with an event picked and no text selected: a role, never a label
            if (model.events().armRole(Integer.parseInt(digit))) {
                e.consume();
            }
            return;
        }
        if (code.isArrowKey() || code == KeyCode.HOME || code == KeyCode.END) {
            altDrag = false; // a keyboard selection snaps to words unless Alt is held with the label key
            return;
        }
        switch (code) {
            case ESCAPE -> {
                if (!model.events().disarm()) {
                    model.selection().clearSelection();
                }
            }
            case DELETE, BACK_SPACE -> deleteSpan.run();
            default -> {
                String key = shortcutKey(code, e.getText());
                if (key == null || !model.labelling().applyShortcut(key, e.isAltDown())) {
                    return;
                }
            }
        }
        e.consume();
    }

    /**
     * "1".."9" or "a".."z" for a key that may be a label shortcut: read from the key, not the text,
     * so Alt does not change it; with an Arabic layout active, from the Arabic letter the key typed.
     */
    static String shortcutKey(KeyCode code, String typed) {
        String fromCode = shortcutKey(code);
        return fromCode != null ? fromCode : ArabicKeyboard.latinKeyFor(typed).orElse(null);
    }

    static String shortcutKey(KeyCode code) {
        if (code.isDigitKey() && code != KeyCode.DIGIT0 && code != KeyCode.NUMPAD0) {
            String name = code.getName();
            return name.substring(name.length() - 1);
        }
        if (code.isLetterKey()) {
            return code.getName().toLowerCase(java.util.Locale.ROOT);
        }
        return null;
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || e.getClickCount() != 1 || !e.isStillSincePress() || e.isShiftDown()) {
            return;
        }
        OptionalInt at = pane.characterAt(e.getSceneX(), e.getSceneY());
        if (model.events().isArmed() && model.events().fillAt(at.orElse(-1))) {
            return; // the click filled the waiting role (or said why not)
        }
        model.selection().clickAt(at.orElse(-1));
    }

    private void moved(MouseEvent e) {
        OptionalInt at = pane.characterAt(e.getSceneX(), e.getSceneY());
        String text = at.isPresent() ? model.tips().describeAt(at.getAsInt()) : "";
        if (text.isEmpty()) {
            hideTip();
            return;
        }
        hoverTip.setText(text);
        if (!tipShown) {
            Tooltip.install(pane, hoverTip);
            tipShown = true;
        }
    }

    private void hideTip() {
        if (tipShown) {
            hoverTip.hide();
            Tooltip.uninstall(pane, hoverTip);
            tipShown = false;
        }
    }
}
