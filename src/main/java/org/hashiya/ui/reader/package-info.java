/**
 * The reading pane (a right-to-left, word-segmented, read-only RichTextFX view of one article with
 * highlights painted as overlays) and the headless renderer that draws the same pane to a PNG.
 * The truth (text, highlight offsets) lives outside the control; the pane is a view of it.
 */
package org.hashiya.ui.reader;
