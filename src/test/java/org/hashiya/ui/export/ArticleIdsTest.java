package org.hashiya.ui.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ArticleIdsTest {

    @Test
    void readsNumbersAndRangesSeparatedByCommasOrSpacesInLatinOrArabic() {
        assertThat(ArticleIds.parse(" 3, 10-12 7")).containsExactly(3L, 10L, 11L, 12L, 7L);
        assertThat(ArticleIds.parse("٣، ١٠-١١")).containsExactly(3L, 10L, 11L);
        assertThat(ArticleIds.parse("  ")).isEmpty();
    }

    @Test
    void refusesWhatIsNotAnIdOrARangeWithOneLineNamingIt() {
        assertThatThrownBy(() -> ArticleIds.parse("3, abc")).hasMessage("article ids: 'abc' is not an id or a range such as 10-20");
        assertThatThrownBy(() -> ArticleIds.parse("0")).hasMessage("article ids: '0' is not an id or a range such as 10-20");
        assertThatThrownBy(() -> ArticleIds.parse("-4")).hasMessage("article ids: '-4' is not an id or a range such as 10-20");
        assertThatThrownBy(() -> ArticleIds.parse("9-2")).hasMessage("article ids: the range 9-2 ends before it starts");
        assertThatThrownBy(() -> ArticleIds.parse("1-200000")).hasMessage("article ids: the range 1-200000 is wider than 100,000 ids");
    }
}
