package org.hashiya.service.search;

import org.hashiya.domain.KeywordInContext;

/**
 * One place a search found: the article, the code-point offsets of the stored words it covers
 * (end exclusive), exactly those stored characters, and the sentence around them, in which the
 * words start at UTF-16 index {@code contextStart}.
 */
public record SearchHit(long articleId, int start, int end, String matchedText, String context, int contextStart) {

    public SearchHit {
        if (contextStart < 0 || contextStart + matchedText.length() > context.length()) {
            contextStart = Math.max(0, context.indexOf(matchedText));
        }
    }

    /** The hit in its sentence, cut in three: before, the words hit, after (for a keyword-in-context line). */
    public KeywordInContext keywordInContext() {
        int to = Math.min(context.length(), contextStart + matchedText.length());
        return new KeywordInContext(context.substring(0, contextStart), context.substring(contextStart, to),
                context.substring(to));
    }
}
