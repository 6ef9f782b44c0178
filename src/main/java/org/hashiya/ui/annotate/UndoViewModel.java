package org.hashiya.ui.annotate;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.hashiya.service.AnnotationChange;

/** Undo and redo of the open article's actions, and whether either is possible now. */
public final class UndoViewModel implements AnnotationSession.Listener {
    private final AnnotationSession session;
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");

    UndoViewModel(AnnotationSession session) {
        this.session = session;
        session.addListener(this);
    }

    public boolean undo() {
        if (!session.isOpen()) {
            return false;
        }
        boolean done = session.attempt(session.annotator()::undo).flatMap(c -> c).isPresent();
        session.say(done ? "Undone." : "Nothing to undo.");
        return done;
    }

    public boolean redo() {
        if (!session.isOpen()) {
            return false;
        }
        boolean done = session.attempt(session.annotator()::redo).flatMap(c -> c).isPresent();
        session.say(done ? "Redone." : "Nothing to redo.");
        return done;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    @Override
    public void reset() {
        update();
    }

    @Override
    public void changed(AnnotationChange change) {
        update();
    }

    private void update() {
        canUndo.set(session.isOpen() && session.annotator().canUndo());
        canRedo.set(session.isOpen() && session.annotator().canRedo());
    }
}
