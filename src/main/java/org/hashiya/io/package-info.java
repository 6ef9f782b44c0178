/**
 * Readers and writers of file formats (schema JSON, and later CSV, JSONL, brat). No JavaFX, no SQL.
 */
package org.hashiya.io;
