/**
 * Reading and writing files: article text files in the encodings Arabic files really come in,
 * scraped HTML pages, the label schema as JSON (later CSV, JSONL, brat). No JavaFX, no SQL;
 * everything here works on bytes, strings and paths.
 */
package org.hashiya.io;
