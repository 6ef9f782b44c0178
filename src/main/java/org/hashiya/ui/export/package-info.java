/**
 * File ▸ Export… in the workbench: {@link org.hashiya.ui.export.ExportViewModel} (format, filter
 * choices, live count and preview, the running export) and its view
 * {@link org.hashiya.ui.export.ExportDialog}; {@link org.hashiya.ui.export.ExportTargets} is where
 * the dialog asks for the target file or folder and for leave to replace it.
 */
package org.hashiya.ui.export;
