/**
 * The things researchers work with: articles and their metadata, the label schema, annotated spans
 * and an article's annotation state (status, tags, relevance, note). Plain records, no JavaFX and
 * no SQL, so every other layer can depend on them.
 */
package org.hashiya.domain;
