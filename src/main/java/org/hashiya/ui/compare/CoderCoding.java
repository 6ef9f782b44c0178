package org.hashiya.ui.compare;

/**
 * What one compared coder said about the article as a whole, as the side panel shows it:
 * {@code heading} ("A (mona)"), {@code facts} (status, relevance and where the coding comes
 * from), {@code tags} joined by " · " and {@code note} verbatim; tags and note are "" when there
 * are none. {@code found}: false when there is no article coding of this coder in the library.
 */
public record CoderCoding(String heading, String facts, String tags, String note, boolean found) {
}
