package org.hashiya.ui;

import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.hashiya.service.ImportReport;

/**
 * After an import that refused or skipped files, says which and why: one line per file, so the
 * user can fix them and import again. A clean import only updates the status line.
 */
final class ImportSummaryDialog {
    private ImportSummaryDialog() {
    }

    static void showIfNeeded(Window owner, ImportReport report, List<String> problems) {
        if (problems.isEmpty() && report.storeError().isEmpty()) {
            return;
        }
        Alert alert = new Alert(report.refused() + report.notStored() > 0 || report.storeError().isPresent()
                ? Alert.AlertType.WARNING : Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("Import finished");
        alert.setHeaderText(report.summary());
        TextArea details = new TextArea(String.join("\n", problems));
        details.setEditable(false);
        details.setWrapText(false);
        details.setPrefRowCount(Math.min(12, Math.max(3, problems.size() + 1))); // + 1 for the scroll bar
        details.setMinHeight(Region.USE_PREF_SIZE);
        details.getStyleClass().add("import-problems");
        alert.getDialogPane().setContent(details);
        alert.getDialogPane().setPrefWidth(760);
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE); // else the list is squeezed to three lines
        alert.setResizable(true);
        alert.show();
    }
}
