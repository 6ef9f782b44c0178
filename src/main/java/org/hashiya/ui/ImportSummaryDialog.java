package org.hashiya.ui;

import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
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
        details.setPrefRowCount(Math.min(12, Math.max(3, problems.size())));
        details.getStyleClass().add("import-problems");
        alert.getDialogPane().setContent(details);
        alert.getDialogPane().setPrefWidth(760);
        alert.show();
    }
}
