package org.hashiya.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchNormalizerTest {

    @Test
    void luceneFoldsAlefYehAndTehMarbutaAndDropsHarakatAndTatweel() {
        assertThat(SearchNormalizer.normalize("الأمريكيَّة إلى آسيا أحمــد")).isEqualTo("الامريكيه الي اسيا احمد");
    }

    @Test
    void alefWaslaAndMarksLuceneLeavesAreFoldedToo() {
        assertThat(SearchNormalizer.normalize("ٱلْحَمْدُ")).isEqualTo("الحمد");
        assertThat(SearchNormalizer.normalize("هٰذا")).as("superscript alef").isEqualTo("هذا");
        assertThat(SearchNormalizer.normalize("ا\u0654")).as("hamza written as a mark").isEqualTo("ا");
    }

    @Test
    void persianLettersBecomeArabic() {
        assertThat(SearchNormalizer.normalize("کابل ایران")).isEqualTo("كابل ايران");
    }

    @Test
    void everyDecimalDigitBecomesAscii() {
        assertThat(SearchNormalizer.normalize("٢٠١٤ ۱۴۰۳ 2014")).isEqualTo("2014 1403 2014");
    }

    @Test
    void formatCharactersAreDroppedAndLatinLowercased() {
        assertThat(SearchNormalizer.normalize("و\u200Cب\u200FNATO")).isEqualTo("وبnato");
    }

    @Test
    void presentationFormsBecomeTheirLetters() {
        assertThat(SearchNormalizer.normalize("\uFEFB")).as("lam-alef ligature").isEqualTo("لا");
        assertThat(SearchNormalizer.normalize("\uFE8D\uFEDF")).isEqualTo("ال");
    }
}
