package org.hashiya.ui.compare;

/**
 * What one compared coder said about the article as a whole, as the side panel shows it:
 * {@code heading} ("A (mona)"), {@code facts} (status and relevance, or why there is no coding),
 * {@code source} (where the coding comes from: the library's own, or a merge and when), {@code tags}
 * joined by " · " and {@code note} verbatim; source, tags and note are "" when there are none.
 * {@code found}: false when there is no article coding of this coder in the library.
 */
public record CoderCoding(String heading, String facts, String source, String tags, String note, boolean found) {
}
