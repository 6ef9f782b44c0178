/**
 * The label schema in the workbench: {@link org.hashiya.ui.labels.SchemaViewModel} (the open
 * library's schema, shared, observable), the schema dialog ({@link org.hashiya.ui.labels.LabelsDialog},
 * {@link org.hashiya.ui.labels.LabelsView}, {@link org.hashiya.ui.labels.LabelsViewModel}) and the
 * label palette popup ({@link org.hashiya.ui.labels.LabelPalette},
 * {@link org.hashiya.ui.labels.LabelPaletteViewModel}).
 */
package org.hashiya.ui.labels;
