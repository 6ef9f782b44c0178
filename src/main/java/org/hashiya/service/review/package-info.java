/**
 * Reviewing earlier annotations across the library: the review table's rows a page at a time,
 * bulk changes with undo, and the index behind its free-text and mismatch filters.
 */
package org.hashiya.service.review;
