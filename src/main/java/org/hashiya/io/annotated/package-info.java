/**
 * Annotated-data formats: writers for every export format (spans CSV, articles CSV, JSONL, brat,
 * CoNLL) and readers for the formats that come back in (JSONL in doccano's shapes and Hashiya's
 * own, brat standoff). Readers give {@link org.hashiya.io.annotated.AnnotatedDocument}s; the
 * service decides what is stored.
 */
package org.hashiya.io.annotated;
