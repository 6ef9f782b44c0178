package org.hashiya;

import java.time.Instant;
import org.hashiya.domain.ArticleMetadata;
import org.hashiya.domain.ImportRecord;
import org.hashiya.domain.NewArticle;
import org.hashiya.store.Library;
import org.hashiya.text.TextHash;

/** Stores test articles the way the importer would. */
public final class TestArticles {
    private TestArticles() {
    }

    public static NewArticle article(String title, String text) {
        return new NewArticle(text, new ArticleMetadata(title, "test", "", ""),
                new ImportRecord("/tmp/" + title + ".txt", "UTF-8", Instant.parse("2024-05-01T10:00:00Z"),
                        TextHash.sha256(text)));
    }

    public static long add(Library library, String title, String text) {
        return library.articles().addAll(java.util.List.of(article(title, text))).get(0).id();
    }
}
