package org.hashiya.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private static List<String> texts(String text) {
        return Tokenizer.tokens(text).stream().map(Token::text).toList();
    }

    private static List<List<String>> sentences(String text) {
        return Tokenizer.sentences(text).stream().map(s -> s.stream().map(Token::text).toList()).toList();
    }

    @Test
    void wordsKeepTheirDiacriticsTatweelAndClitics() {
        assertThat(texts("قال الرئيسُ إنَّ الوضـــع وبالتحالف"))
                .containsExactly("قال", "الرئيسُ", "إنَّ", "الوضـــع", "وبالتحالف");
    }

    @Test
    void everyPunctuationOrSymbolCharacterIsItsOwnToken() {
        assertThat(texts("«الأمم المتحدة»، ثم؟ 5% $-")).containsExactly(
                "«", "الأمم", "المتحدة", "»", "،", "ثم", "؟", "5", "%", "$", "-");
        assertThat(texts("3.5 U.S.")).containsExactly("3", ".", "5", "U", ".", "S", ".");
    }

    @Test
    void digitsOfEveryScriptJoinTheirWord() {
        assertThat(texts("عام ٢٠٢٤ و2024م")).containsExactly("عام", "٢٠٢٤", "و2024م");
    }

    @Test
    void offsetsAreCodePointsAlsoAfterAnEmoji() {
        List<Token> tokens = Tokenizer.tokens("😀 نعم 👍🏽");
        assertThat(tokens).containsExactly(new Token("😀", 0, 1), new Token("نعم", 2, 5),
                new Token("👍", 6, 7), new Token("🏽", 7, 8));
    }

    @Test
    void formatCharactersStayInsideAWordAndAreDroppedElsewhere() {
        List<Token> tokens = Tokenizer.tokens("\u200Fقال \u2067مي\u200Cخواهم\u2069\u200F.");
        assertThat(tokens).containsExactly(new Token("قال", 1, 4), new Token("مي\u200Cخواهم", 6, 14),
                new Token(".", 16, 17));
    }

    @Test
    void whitespaceAndControlsSeparateAndNeverBecomeTokens() {
        assertThat(texts(" \t\nأ\u00A0ب\r\n")).containsExactly("أ", "ب");
        assertThat(Tokenizer.tokens("")).isEmpty();
        assertThat(Tokenizer.tokens(" \u200F\n")).isEmpty();
    }

    @Test
    void aCombiningMarkAfterAPunctuationCharacterStaysWithIt() {
        assertThat(texts("❤\uFE0F حب")).containsExactly("❤\uFE0F", "حب");
    }

    @Test
    void sentencesEndAfterBreakPunctuationAndAtLineBreaks() {
        assertThat(sentences("قال. ثم ذهب؟ نعم؛ لا\nبل\n\n\nهنا")).containsExactly(
                List.of("قال", "."), List.of("ثم", "ذهب", "؟"), List.of("نعم", "؛"), List.of("لا"),
                List.of("بل"), List.of("هنا"));
    }

    @Test
    void repeatedBreaksAndClosingQuotesStayWithTheSentenceTheyEnd() {
        assertThat(sentences("قال: «انتهى.» حقاً؟! (نعم.) ثم")).containsExactly(
                List.of("قال", ":", "«", "انتهى", ".", "»"), List.of("حقاً", "؟", "!"),
                List.of("(", "نعم", ".", ")"), List.of("ثم"));
    }

    @Test
    void aLineBreakEndsASentenceEvenBeforeClosingPunctuation() {
        assertThat(sentences("قال.\n» ثم")).containsExactly(List.of("قال", "."), List.of("»", "ثم"));
    }
}
