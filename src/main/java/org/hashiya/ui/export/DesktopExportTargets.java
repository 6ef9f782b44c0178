package org.hashiya.ui.export;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.hashiya.service.export.ExportFormat;

/**
 * The system's save dialog (a folder chooser for brat) and a Replace / Cancel question; remembers
 * the last folder. The system save dialogs (GTK, Windows, macOS) ask themselves before the user
 * picks an existing file, so a file just chosen there is not asked about twice; a folder is.
 */
public final class DesktopExportTargets implements ExportTargets {
    private File lastFolder;
    private Path savedThroughDialog;

    @Override
    public Optional<Path> choose(Window owner, ExportFormat format, String suggestedName) {
        File chosen;
        if (format.writesFolder()) {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Export " + format.id() + ": choose or create an empty folder");
            chooser.setInitialDirectory(existing(lastFolder));
            chosen = chooser.showDialog(owner);
        } else {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export " + format.id());
            chooser.setInitialDirectory(existing(lastFolder));
            chooser.setInitialFileName(suggestedName);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                    format.id() + " (*." + format.extension() + ")", "*." + format.extension()));
            chosen = chooser.showSaveDialog(owner);
        }
        if (chosen == null) {
            return Optional.empty();
        }
        lastFolder = chosen.getParentFile();
        savedThroughDialog = format.writesFolder() ? null : chosen.toPath();
        return Optional.of(chosen.toPath());
    }

    private static File existing(File folder) {
        return folder != null && Files.isDirectory(folder.toPath()) ? folder : null;
    }

    @Override
    public boolean confirmReplace(Window owner, Path target, String question) {
        if (target.equals(savedThroughDialog) && Files.isRegularFile(target)) {
            return true; // the save dialog has asked already ("already exists. Replace it?")
        }
        ButtonType replace = new ButtonType("Replace", ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, replace, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Replace?");
        alert.setHeaderText(null);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(replace)).setDefaultButton(false);
        return alert.showAndWait().filter(replace::equals).isPresent();
    }
}
