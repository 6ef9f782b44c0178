package org.hashiya.domain;

import java.time.Instant;

/** What the importer recorded about where an article's text came from. Never edited afterwards. */
public record ImportRecord(String sourcePath, String encoding, Instant importedAt, String sha256) {
}
