/**
 * The statistics window (View ▸ Statistics…): counts per label, kind, annotator and article status,
 * the spans-per-article histogram and annotation activity per day, as JavaFX charts, each saved as
 * PNG or CSV. {@link org.hashiya.ui.stats.StatisticsViewModel} holds the numbers and is tested
 * without a window; {@link org.hashiya.ui.stats.StatisticsView} draws them;
 * {@link org.hashiya.ui.stats.StatisticsWindow} puts the view in its own stage.
 */
package org.hashiya.ui.stats;
