package org.hashiya.ui.export;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;
import org.hashiya.service.export.ExportFormat;

/**
 * Where the export dialog asks the user for the target and for leave to replace it. The workbench
 * uses {@link DesktopExportTargets} (the system's file and folder choosers); a test answers itself.
 */
public interface ExportTargets {

    /** A file to write, or a folder for formats that write one; empty when the user gave up. */
    Optional<Path> choose(Window owner, ExportFormat format, String suggestedName);

    /** Asks {@code question} (replace {@code target}?); true only when the user agrees. */
    boolean confirmReplace(Window owner, Path target, String question);
}
