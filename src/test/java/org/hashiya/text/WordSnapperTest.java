package org.hashiya.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class WordSnapperTest {

    /** The text a word-mode snap of {@code selected} (its first occurrence, or a part of it) covers. */
    private static Optional<String> words(String text, int from, int to) {
        return WordSnapper.snapToWords(text, from, to).map(r -> r.of(text));
    }

    private static Optional<String> exact(String text, int from, int to) {
        return WordSnapper.snapExact(text, from, to).map(r -> r.of(text));
    }

    private static int at(String text, String part) {
        int i = text.indexOf(part);
        assertThat(i).as("'%s' in test text", part).isGreaterThanOrEqualTo(0);
        return i;
    }

    @Test
    void partOfAnArabicWordWidensToTheWholeWordWithItsHarakat() {
        String text = "قال الرئيسُ إنَّ الوضع";
        int s = at(text, "رئي");
        assertThat(words(text, s, s + 3)).contains("الرئيسُ");
    }

    @Test
    void aSelectionEndingBetweenALetterAndItsShaddaTakesTheMarks() {
        String text = "قال إنَّ الوضع";
        int shadda = at(text, "\u0651");
        assertThat(words(text, 0, shadda)).contains("قال إنَّ");
        assertThat(exact(text, at(text, "إ"), shadda)).contains("إنَّ");
    }

    @Test
    void exactModeNeverStartsOnADiacritic() {
        String text = "مُحَمَّد";
        int fathaAfterHah = at(text, "حَ") + 1;
        int shadda = at(text, "\u0651");
        assertThat(exact(text, fathaAfterHah, shadda)).contains("حَمَّ");
    }

    @Test
    void wordModeTakesTheCliticsWithTheWordAndExactModeCanLeaveThemOut() {
        String text = "رحب وبالحكومة الجديدة";
        int s = at(text, "الحكومة");
        int e = s + "الحكومة".length();
        assertThat(words(text, s, e)).contains("وبالحكومة");
        assertThat(exact(text, s, e)).contains("الحكومة");
    }

    @Test
    void arabicPunctuationAndGuillemetsAreTrimmedFromTheEdges() {
        String text = "قالت «الجيش»، ثم؛ لماذا؟";
        assertThat(words(text, at(text, "«") - 1, at(text, "،") + 2)).contains("الجيش");
        assertThat(words(text, at(text, "ثم"), text.length())).contains("ثم؛ لماذا");
    }

    @Test
    void curlyQuotesAreTrimmedInWordModeButKeptInExactMode() {
        String text = "وصف “الاتفاق” بأنه";
        int open = at(text, "“");
        int close = at(text, "”") + 1;
        assertThat(words(text, open, close)).contains("الاتفاق");
        assertThat(exact(text, open, close)).contains("“الاتفاق”");
    }

    @Test
    void bidiAndFormatCharactersAreTrimmedFromTheEdges() {
        String text = "في \u200Fبغداد\u200E و\u2067الموصل\u2069 و\u202Bحلب\u202C و\u061Cدمشق\u200C";
        assertThat(words(text, at(text, "\u200F"), at(text, "\u200E") + 1)).contains("بغداد");
        assertThat(words(text, at(text, "\u2067"), at(text, "\u2069") + 1)).contains("الموصل");
        assertThat(words(text, at(text, "\u202B"), at(text, "\u202C") + 1)).contains("حلب");
        assertThat(words(text, at(text, "\u061C"), text.length())).contains("دمشق");
        assertThat(exact(text, at(text, "\u200F") - 1, at(text, "\u200E") + 1)).contains("بغداد");
    }

    @Test
    void aJoinerInsideAWordStays() {
        String text = "کتاب\u200Cها جدید";
        assertThat(words(text, 1, 2)).contains("کتاب\u200Cها");
    }

    @Test
    void latinWordsAndDigitsInsideArabicSnapToTheirOwnWords() {
        String text = "قصف تنظيم ISIS في 2024 مواقع";
        int isis = at(text, "ISIS");
        assertThat(words(text, isis + 1, isis + 3)).contains("ISIS");
        int year = at(text, "2024");
        assertThat(words(text, year, year + 2)).contains("2024");
        assertThat(words(text, isis + 2, year + 1)).contains("ISIS في 2024");
    }

    @Test
    void arabicIndicDigitsAndPercentSignsStayTogether() {
        String text = "ارتفع بنسبة ٣٠٪ و30% أمس.";
        int arabic = at(text, "٣٠٪");
        assertThat(words(text, arabic, arabic + 3)).contains("٣٠٪");
        // UAX #29 keeps a letter and the digits after it together, so the conjunction comes along
        int latin = at(text, "30%");
        assertThat(words(text, latin, latin + 3)).contains("و30%");
        assertThat(exact(text, latin, latin + 3)).contains("30%");
        assertThat(words(text, at(text, "أمس"), text.length())).contains("أمس");
    }

    @Test
    void emptyWhitespaceAndPunctuationOnlySelectionsSnapToNothing() {
        String text = "قال ، \u200F  « » هذا";
        assertThat(WordSnapper.snapToWords(text, 2, 2)).isEmpty();
        assertThat(WordSnapper.snapToWords(text, 3, 4)).isEmpty();
        assertThat(WordSnapper.snapToWords(text, 3, at(text, "هذا"))).isEmpty();
        assertThat(WordSnapper.snapExact(text, at(text, "\u200F") - 1, at(text, "\u200F") + 3)).isEmpty();
    }

    @Test
    void aBackwardsSelectionSnapsLikeAForwardOne() {
        String text = "قال الرئيس إن";
        int s = at(text, "الرئيس");
        assertThat(words(text, s + 4, s + 1)).contains("الرئيس");
    }

    @Test
    void rangesStayInUtf16AndNeverCutAnEmoji() {
        String text = "🔥 هجوم على 🔥🔥";
        int word = at(text, "هجوم");
        assertThat(WordSnapper.snapToWords(text, word + 1, word + 2)).contains(new TextRange(3, 7));
        // index 1 is between the two halves of the first emoji
        assertThat(WordSnapper.snapExact(text, 1, 2)).contains(new TextRange(0, 2));
        assertThat(exact(text, at(text, "على") + 4, text.length() - 1)).contains("🔥🔥");
    }

    @Test
    void selectionsPastTheEndAreClamped() {
        String text = "بيان";
        assertThat(words(text, 2, 99)).contains("بيان");
    }
}
