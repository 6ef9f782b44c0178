/**
 * File ▸ Merge Library…: other coders' libraries brought into the open one in the background, a
 * progress bar while it runs and the summary afterwards ({@link org.hashiya.ui.merge.MergeViewModel},
 * {@link org.hashiya.ui.merge.MergeDialog}).
 */
package org.hashiya.ui.merge;
