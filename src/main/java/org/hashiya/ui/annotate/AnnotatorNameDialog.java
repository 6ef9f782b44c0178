package org.hashiya.ui.annotate;

import java.util.Optional;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;
import org.hashiya.service.ErrorLog;
import org.hashiya.service.UserPreferences;

/**
 * Who is annotating: asked on the first start (prefilled with the system user name) unless
 * {@code --annotator NAME} names someone for this run; remembered per user; changeable later.
 */
public final class AnnotatorNameDialog {
    private AnnotatorNameDialog() {
    }

    /** The name for this run: the option if given, else the remembered one, else asked for (and remembered). */
    public static String resolve(String fromOption, UserPreferences preferences) {
        if (fromOption != null && !fromOption.isBlank()) {
            return fromOption.strip();
        }
        Optional<String> remembered = preferences.annotator();
        if (remembered.isPresent()) {
            return remembered.get();
        }
        String systemName = System.getProperty("user.name", "");
        Optional<String> given = ask(null, systemName);
        given.ifPresent(name -> remember(preferences, name));
        return given.orElse(systemName);
    }

    /** Asks for a name; empty if cancelled or left blank. */
    public static Optional<String> ask(Window owner, String prefill) {
        TextInputDialog dialog = new TextInputDialog(prefill);
        dialog.initOwner(owner);
        dialog.setTitle("Annotator");
        dialog.setHeaderText("Your name is stored with every span you make.");
        dialog.setContentText("Annotator name:");
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    static void remember(UserPreferences preferences, String name) {
        try {
            preferences.setAnnotator(name);
        } catch (java.io.UncheckedIOException e) {
            ErrorLog.error("cannot remember the annotator name", e);
        }
    }
}
