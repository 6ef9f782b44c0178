package org.hashiya.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleTextTest {
    /** About 1,000 words in one paragraph: 36 sentences of 28 words. */
    static String longParagraph() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 36; i++) {
            sb.append(ReadingPaneTest.BODY.substring(0, ReadingPaneTest.BODY.indexOf('.') + 1)).append(' ');
        }
        return sb.toString().trim();
    }

    @Test
    void aLongParagraphIsCutIntoChunksOfAFewHundredWordsAtSentenceEnds() {
        String text = longParagraph() + "\n" + ReadingPaneTest.BODY;
        ArticleText a = new ArticleText(text);

        assertThat(a.paragraphCount()).isEqualTo(2);
        assertThat(a.chunkCount()).isBetween(4, 7);
        for (int k = 0; k < a.chunkCount(); k++) {
            String chunk = text.substring(a.chunkStoredStart(k), a.chunkStoredEnd(k));
            int words = chunk.trim().split(" +").length;
            if (a.paragraphOfChunk(k) == 0) {
                assertThat(words).as("chunk %d", k).isBetween(ArticleText.MIN_CHUNK_WORDS, ArticleText.MAX_CHUNK_WORDS);
                if (!a.endsParagraph(k)) {
                    assertThat(chunk).as("chunk %d ends a sentence, with its space", k).endsWith(". ");
                }
            }
        }
        assertThat(a.endsParagraph(a.firstChunkOf(1) - 1)).isTrue();
        assertThat(a.chunkCount() - a.firstChunkOf(1)).as("a short paragraph stays whole").isEqualTo(1);
    }

    @Test
    void everyStoredOffsetMapsToTheDisplayAndBack() {
        String text = "CNN: " + longParagraph() + "\n\nThe end of it all.\n" + ReadingPaneTest.BODY;
        ArticleText a = new ArticleText(text);
        for (int s = 0; s <= text.length(); s++) {
            assertThat(a.toStored(a.toDisplay(s))).as("offset %d", s).isEqualTo(s);
        }
        StringBuilder display = new StringBuilder();
        for (int k = 0; k < a.chunkCount(); k++) {
            display.append(k == 0 ? "" : "\n").append(a.chunkDisplayText(k));
        }
        assertThat(display.length()).isEqualTo(a.displayLength());
        for (int d = 0; d <= a.displayLength(); d++) {
            int s = a.toStored(d);
            assertThat(s).isBetween(0, text.length());
            if (d < display.length() && display.charAt(d) != ArticleText.RLM && display.charAt(d) != ArticleText.LRM
                    && display.charAt(d) != '\n') {
                assertThat(text.charAt(s)).as("display %d", d).isEqualTo(display.charAt(d));
            }
        }
    }

    @Test
    void directionMarksGoOnlyBeforeChunksThatOpenWithALetterOfTheOtherDirection() {
        ArticleText a = new ArticleText("CNN: أشارت الوزارة\nأشارت الوزارة\nThe ministry said\nالوزارة said it in English words here\n2014 كان عاماً");
        assertThat(a.chunkDisplayText(0)).isEqualTo(ArticleText.RLM + "CNN: أشارت الوزارة");
        assertThat(a.chunkDisplayText(1)).isEqualTo("أشارت الوزارة");
        assertThat(a.chunkDisplayText(2)).isEqualTo("The ministry said");
        assertThat(a.isRightToLeft(2)).isFalse();
        assertThat(a.isRightToLeft(3)).as("mostly Latin letters, though the first is Arabic").isFalse();
        assertThat(a.chunkDisplayText(3)).startsWith(String.valueOf(ArticleText.LRM));
        assertThat(a.chunkDisplayText(4)).as("digits are weak: JavaFX already takes the Arabic letter").isEqualTo("2014 كان عاماً");
        assertThat(a.isRightToLeft(4)).isTrue();
    }

    @Test
    void anEnglishParagraphOpeningWithAnArabicWordGetsALeftToRightMark() {
        ArticleText a = new ArticleText("«الوزارة» is what the ministry is called in the Arabic press");
        assertThat(a.isRightToLeft(0)).isFalse();
        assertThat(a.chunkDisplayText(0)).startsWith(String.valueOf(ArticleText.LRM));
    }
}
