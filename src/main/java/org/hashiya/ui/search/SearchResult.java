package org.hashiya.ui.search;

import org.hashiya.service.search.SearchHit;

/** One line of the search results: the hit and the title of its article. */
public record SearchResult(SearchHit hit, String articleTitle) {
}
