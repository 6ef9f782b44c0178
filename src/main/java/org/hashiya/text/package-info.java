/**
 * Pure text handling: offsets in code points, line endings, hashing, word snapping, and Arabic
 * search (normalized keys, proclitics, phrase matching mapped back to stored offsets). No JavaFX,
 * no SQL.
 */
package org.hashiya.text;
