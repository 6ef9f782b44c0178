/**
 * Pure text handling: offsets in code points, line endings, hashing. No JavaFX, no SQL.
 */
package org.hashiya.text;
