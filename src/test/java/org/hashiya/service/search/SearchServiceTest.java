package org.hashiya.service.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.hashiya.TestArticles;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Library search over a real SQLite library: index kept with the articles, hits from the stored text. */
class SearchServiceTest {
    static final String WASHINGTON = "واشنطن تدعو دول التحالف الدولي\n\nحثت الولايات المتحدة دول التحالف الدولي على"
            + " الاستمرار. جاء ذلك خلال اجتماع رفيع المستوى عُقد في العاصمة واشنطن.";
    static final String MINISTERIAL = "🇺🇸 أمريكا تنقل رسالة عبر مشاركتها بالاجتماع الوزاري للتحالف الدولي؛"
            + " وهو من ضمن الاجتماعات الدورية للتحالف.";
    static final String SCHOLARS = "اجتمع العلماء مع معلم في بغداد، وللعلم فإن العلم نور.";

    @TempDir
    Path dir;
    Library library;
    SearchService search;

    @BeforeEach
    void open() {
        library = SqliteLibrary.open(dir.resolve("lib.db"), true);
        TestArticles.add(library, "واشنطن", WASHINGTON);
        TestArticles.add(library, "الاجتماع", MINISTERIAL);
        TestArticles.add(library, "العلم", SCHOLARS);
        search = new SearchService(library);
    }

    @AfterEach
    void close() {
        library.close();
    }

    private List<String> found(String query) {
        List<String> lines = new ArrayList<>();
        search.search(query, hit -> lines.add(hit.articleId() + " " + hit.matchedText()));
        return lines;
    }

    @Test
    void importedArticlesAreIndexedAsTheyAreStored() {
        assertThat(search.articlesToIndex()).isZero();
        assertThat(found("التحالف")).containsExactly("1 التحالف", "1 التحالف", "2 للتحالف", "2 للتحالف");
        assertThat(found("علم")).containsExactly("3 وللعلم", "3 العلم");
        assertThat(found("الولايات المتحدة")).containsExactly("1 الولايات المتحدة");
        assertThat(found("بغداد واشنطن")).isEmpty();
    }

    @Test
    void aHitCarriesCodePointOffsetsTheStoredCharactersAndItsSentence() {
        List<SearchHit> hits = search.search("الاجتماع", 10);
        assertThat(hits).singleElement().satisfies(hit -> {
            assertThat(hit.articleId()).isEqualTo(2);
            assertThat(hit.matchedText()).isEqualTo("بالاجتماع");
            int[] cps = MINISTERIAL.codePoints().toArray();
            assertThat(new String(cps, hit.start(), hit.end() - hit.start())).isEqualTo("بالاجتماع");
            assertThat(hit.context()).isEqualTo("🇺🇸 أمريكا تنقل رسالة عبر مشاركتها بالاجتماع الوزاري للتحالف الدولي؛");
        });
        assertThat(search.search("عقد", 10)).singleElement().extracting(SearchHit::context)
                .isEqualTo("جاء ذلك خلال اجتماع رفيع المستوى عُقد في العاصمة واشنطن.");
    }

    @Test
    void hitsComeByArticleAndOffsetAndTheCallerMayStopEarly() {
        List<SearchHit> all = search.search("التحالف", 100);
        assertThat(all).extracting(SearchHit::articleId).containsExactly(1L, 1L, 2L, 2L);
        assertThat(all.get(0).start()).isLessThan(all.get(1).start());
        assertThat(search.search("التحالف", 3)).hasSize(3);
    }

    @Test
    void anArticleImportedLaterIsFoundAtOnce() {
        assertThat(found("بيروت")).isEmpty();
        TestArticles.add(library, "بيروت", "وصل الوفد إلى بيروت أمس، وفي بيروت التقى الوزير.");
        assertThat(found("بيروت")).containsExactly("4 بيروت", "4 بيروت");
    }

    @Test
    void aDeletedArticleLeavesTheIndexWithIt() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + library.file());
             Statement st = c.createStatement()) {
            st.execute("DELETE FROM article WHERE id = 2");
        }
        assertThat(found("التحالف")).containsExactly("1 التحالف", "1 التحالف");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + library.file());
             Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT count(*) FROM article_search WHERE article_search MATCH 'تحالف'")) {
            assertThat(rs.getInt(1)).as("index rows left for «تحالف»").isEqualTo(1);
        }
    }

    @Test
    void aQueryWithoutWordsFindsNothing() {
        assertThat(SearchService.hasWords(" ؟ ، ")).isFalse();
        assertThat(found(" ؟ ")).isEmpty();
    }

    @Test
    void aHitCutsItsSentenceInThreeAroundTheStoredWords() {
        SearchHit hit = search.search("الاجتماع", 10).get(0);
        var kwic = hit.keywordInContext();
        assertThat(kwic.keyword()).isEqualTo("بالاجتماع");
        assertThat(kwic.before()).isEqualTo("🇺🇸 أمريكا تنقل رسالة عبر مشاركتها ");
        assertThat(kwic.after()).isEqualTo(" الوزاري للتحالف الدولي؛");
        // the second «التحالف» of the first article, in its own sentence
        List<SearchHit> second = search.search("التحالف", 2);
        assertThat(second.get(1).keywordInContext().before()).isEqualTo("حثت الولايات المتحدة دول ");
    }

    @Test
    void oneArticlesTextIsSearchedWithoutTheIndexTheSameWay() {
        String text = "  قال الوزير: للتحالف دور. والتحالفات كثيرة، وبالتحالف نعمل.";
        List<SearchHit> hits = search.searchText(7, text, "التحالف");
        assertThat(hits).extracting(SearchHit::matchedText).containsExactly("للتحالف", "وبالتحالف");
        assertThat(hits).extracting(SearchHit::articleId).containsOnly(7L);
        int[] cps = text.codePoints().toArray();
        SearchHit last = hits.get(1);
        assertThat(new String(cps, last.start(), last.end() - last.start())).isEqualTo("وبالتحالف");
        assertThat(last.keywordInContext().before()).isEqualTo("والتحالفات كثيرة، ");
        assertThat(hits.get(0).keywordInContext().before()).isEqualTo("قال الوزير: ");
        assertThat(search.searchText(7, text, " ؟ ")).isEmpty();
    }
}
