package org.hashiya.service.search;

/**
 * One place a search found: the article, the code-point offsets of the stored words it covers
 * (end exclusive), exactly those stored characters, and the sentence around them.
 */
public record SearchHit(long articleId, int start, int end, String matchedText, String context) {
}
