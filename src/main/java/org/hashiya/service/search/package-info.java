/**
 * Full-text search over a library, the Arabic way ({@code text.ArabicPhraseMatcher}), backed by the
 * library's search index: used by {@code hashiya search} and, later, the review view.
 */
package org.hashiya.service.search;
