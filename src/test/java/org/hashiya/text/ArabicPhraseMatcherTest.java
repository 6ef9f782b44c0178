package org.hashiya.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.analysis.ar.ArabicStemmer;
import org.junit.jupiter.api.Test;

/** Sentences from the shared corpus (and variants of them), searched the Arabic way. */
class ArabicPhraseMatcherTest {

    /** The stored characters of every match of {@code query} in {@code text}. */
    private static List<String> found(String query, String text) {
        return ArabicPhraseMatcher.compile(query).findAll(text).stream().map(m -> m.of(text)).toList();
    }

    // ---- proclitics ------------------------------------------------------------------------------

    @Test
    void theArticleQueryFindsTheWordWithLamWrittenLamLamAndWithStackedProclitics() {
        String text = "مخرجات الاجتماع الوزاري للتحالف الدولي، وتعهد وبالتحالف كالتحالف فللتحالف والتحالف التحالف";
        assertThat(found("التحالف", text))
                .containsExactly("للتحالف", "وبالتحالف", "كالتحالف", "فللتحالف", "والتحالف", "التحالف");
    }

    @Test
    void aWordWithoutTheArticleFindsItBareWithPrepositionsAndWithTheArticle() {
        String text = "جاء ذلك خلال اجتماع رفيع المستوى. أمريكا تنقل رسالة عبر مشاركتها بالاجتماع الوزاري"
                + " وخلال الاجتماع، من ضمن الاجتماعات الدورية";
        assertThat(found("اجتماع", text)).containsExactly("اجتماع", "بالاجتماع", "الاجتماع");
        assertThat(found("الاجتماع", text)).as("the article asked for").containsExactly("بالاجتماع", "الاجتماع");
    }

    @Test
    void aLamThatStartsTheWordMergesWithTheArticleAfterLam() {
        assertThat(found("اللجنة", "قدمت تقريرها للجنة الدولية، ثم اللجنة")).containsExactly("للجنة", "اللجنة");
        assertThat(found("الله", "الحمد لله، والله أعلم")).containsExactly("لله", "والله");
    }

    @Test
    void everyPrefixOfLucenesArabicStemmerIsAccepted() {
        for (char[] prefix : ArabicStemmer.prefixes) {
            String word = new String(prefix) + (new String(prefix).endsWith("ال") || new String(prefix).equals("لل")
                    ? "تحالف" : "التحالف");
            assertThat(found("التحالف", "قبل " + word + " بعد")).as(word).containsExactly(word);
        }
    }

    // ---- near misses -----------------------------------------------------------------------------

    @Test
    void aWordThatMerelyContainsTheQueryIsNeverFound() {
        String text = "اجتمع العلماء مع معلم وتعلم الطلاب، وللعلم فإن العلم نور وعلمي";
        assertThat(found("علم", text)).containsExactly("وللعلم", "العلم");
        assertThat(found("تنظيم", "لمكافحة التنظيمات المتشددة، وخاصة تنظيم “داعش” وفروعه"))
                .containsExactly("تنظيم");
        assertThat(found("الاجتماع", "ضمن الاجتماعات الدورية")).isEmpty();
    }

    @Test
    void theArticleIsNotAProcliticOfAWordThatOnlyLooksLikeIt() {
        // «التحالف» asks for the definite word: the indefinite «تحالف» is another reading.
        assertThat(found("التحالف", "أعلن تحالف جديد")).isEmpty();
        // A letter that is not a proclitic in front: م, ت, ي ...
        assertThat(found("حالف", "التحالف يحالف")).isEmpty();
    }

    // ---- spelling variants -----------------------------------------------------------------------

    @Test
    void diacriticsAndTatweelAreIgnoredOnBothSidesAndKeptInTheMatch() {
        assertThat(found("عقد", "اجتماع رفيع المستوى عُقد في العاصمة واشنطن")).containsExactly("عُقد");
        assertThat(found("أحمد صبري", "كتب أحمــد صبـري")).containsExactly("أحمــد صبـري");
        assertThat(found("التَّحالُف", "دول التحالف الدولي")).containsExactly("التحالف");
        assertThat(found("التحالف", "وبالتَّحالُفِ الدوليِّ")).containsExactly("وبالتَّحالُفِ");
    }

    @Test
    void alefFormsYehAndTehMarbutaAreFolded() {
        String text = "في إفريقيا، مثل منطقة الساحل. داعش ينتقل إلى أفريقيا وآسيا. ٱلتحالف";
        assertThat(found("افريقيا", text)).containsExactly("إفريقيا", "أفريقيا");
        assertThat(found("اسيا", text)).containsExactly("وآسيا");
        assertThat(found("التحالف", text)).containsExactly("ٱلتحالف");
        assertThat(found("الي", text)).containsExactly("إلى");
        assertThat(found("منطقه", text)).containsExactly("منطقة");
        assertThat(found("المستوي", "اجتماع رفيع المستوى")).containsExactly("المستوى");
    }

    @Test
    void persianKafAndYehAreFolded() {
        assertThat(found("كابل", "وصل الوفد إلى کابل أمس")).containsExactly("کابل");
        assertThat(found("ایران", "زار إيران ثم ايران")).containsExactly("إيران", "ايران");
    }

    @Test
    void arabicIndicAndAsciiDigitsFindEachOther() {
        String text = "بقيادة الولايات المتحدة في عام 2014، وفي سبتمبر ٢٠١٤ و٢٠١٤م";
        assertThat(found("٢٠١٤", text)).containsExactly("2014", "٢٠١٤");
        assertThat(found("2014", text)).containsExactly("2014", "٢٠١٤");
        assertThat(found("201", text)).as("a number is a whole word too").isEmpty();
    }

    // ---- phrases ---------------------------------------------------------------------------------

    @Test
    void severalWordsAreAPhraseEachWordMatchedTheArabicWay() {
        String text = "حثت الولايات المتحدة دول التحالف. أولوية في السياسة الأمنية للولايات المتحدة وحلفائها."
                + " الولايات الأخرى المتحدة";
        assertThat(found("الولايات المتحدة", text)).containsExactly("الولايات المتحدة", "للولايات المتحدة");
        assertThat(found("التحالف الدولي", "شدد على أن “التحالف الدولي يجب أن يظل”"))
                .containsExactly("التحالف الدولي");
    }

    @Test
    void aPhraseMayCrossPunctuationButNotALineBreak() {
        assertThat(found("التحالف الدولي", "الدورية للتحالف، الدولي")).containsExactly("للتحالف، الدولي");
        assertThat(found("التحالف الدولي", "للتحالف\nالدولي")).isEmpty();
    }

    // ---- offsets ---------------------------------------------------------------------------------

    @Test
    void offsetsAreCodePointsIntoTheStoredTextAfterEmoji() {
        String text = "🇺🇸🔥 رسالة: الاجتماع الوزاري للتحالف 👍 التحالف";
        List<PhraseMatch> matches = ArabicPhraseMatcher.compile("التحالف").findAll(text);
        int[] cps = text.codePoints().toArray();
        assertThat(matches).hasSize(2);
        for (PhraseMatch m : matches) {
            String byCodePoints = new String(cps, m.start(), m.end() - m.start());
            assertThat(byCodePoints).endsWith("تحالف").isEqualTo(m.of(text));
        }
        assertThat(matches.get(0).start()).isEqualTo(3 + " رسالة: الاجتماع الوزاري ".length());
        assertThat(matches).extracting(m -> m.of(text)).containsExactly("للتحالف", "التحالف");
    }

    @Test
    void invisibleMarksInsideAWordAreIgnoredAndAtItsEdgesLeftOut() {
        String zwnj = "\u200C";
        String rlm = "\u200F";
        String text = "قال " + rlm + "وب" + zwnj + "التحالف" + rlm + " أمس";
        assertThat(found("التحالف", text)).containsExactly("وب" + zwnj + "التحالف");
    }

    @Test
    void aQueryWithoutWordsFindsNothing() {
        assertThat(ArabicPhraseMatcher.compile(" ، ؟ ").isEmpty()).isTrue();
        assertThat(found(" ، ", "التحالف")).isEmpty();
    }

    // ---- index keys ------------------------------------------------------------------------------

    @Test
    void everyFormTheMatcherAcceptsHasTheQueryWordsIndexKey() {
        String corpus = "حثت الولايات المتحدة دول التحالف الدولي على الاستمرار في جهودها الرامية لمكافحة"
                + " التنظيمات المتشددة واشنطن ولبنان اللجنة الله إلى لم كتاب وزارة الخارجية بالإضافة فلول 2014 ال";
        for (SearchWords.Word word : SearchWords.of(corpus).words()) {
            String query = word.key();
            String key = Proclitics.indexKey(query);
            for (String form : Proclitics.writtenForms(query)) {
                assertThat(Proclitics.indexKey(form)).as(form + " for " + query).isEqualTo(key);
            }
        }
    }

    @Test
    void theNormalizedCopyHoldsOneIndexKeyPerStoredWord() {
        assertThat(SearchIndexText.of("وبالتَّحالُف، للجنة 🔥 ٢٠١٤ واشنطن")).isEqualTo("تحالف جنه 2014 اشنطن");
        assertThat(SearchIndexText.terms(ArabicPhraseMatcher.compile("التحالف الدولي"))).containsExactly("تحالف", "دولي");
    }
}
