package org.hashiya.ui.compare;

import java.nio.file.Path;
import java.time.Instant;
import org.hashiya.TestArticles;
import org.hashiya.domain.NewSpan;
import org.hashiya.service.SchemaService;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;

/**
 * A library with one Arabic article coded by mona and sami: in reading order a same-span-other-label
 * place (وزير خارجية مصر), an agreement (مصر), an overlap (هجوما / شن هجوما) and one of mona's alone (حلب).
 */
final class CompareFixture {
    /** An emoji first, so code points and UTF-16 indices differ. */
    static final String TEXT = "🔥 قال وزير خارجية مصر إن الجيش شن هجوما على مواقع في حلب أمس.";

    final Library library;
    final long article;

    private CompareFixture(Library library, long article) {
        this.library = library;
        this.article = article;
    }

    static CompareFixture create(Path db) {
        Library library = SqliteLibrary.open(db, true);
        new SchemaService(library).ensureSchema();
        long article = TestArticles.add(library, "حلب", TEXT);
        CompareFixture fixture = new CompareFixture(library, article);
        fixture.add("mona", "LOCATION", "مصر");
        fixture.add("sami", "LOCATION", "مصر");
        fixture.add("mona", "STATE_GOV", "وزير خارجية مصر");
        fixture.add("sami", "PERSON", "وزير خارجية مصر");
        fixture.add("mona", "ATTACK", "هجوما");
        fixture.add("sami", "ATTACK", "شن هجوما");
        fixture.add("mona", "LOCATION", "حلب");
        return fixture;
    }

    void add(String coder, String label, String words) {
        int utf16 = TEXT.indexOf(words);
        int start = TEXT.codePointCount(0, utf16);
        int end = start + words.codePointCount(0, words.length());
        library.spans().add(new NewSpan(article, label, start, end, words, coder, "", Instant.parse("2024-05-01T10:00:00Z")));
    }
}
