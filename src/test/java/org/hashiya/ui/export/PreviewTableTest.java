package org.hashiya.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PreviewTableTest {

    @Test
    void readsQuotedValuesWithCommasAndLineBreaksAndDropsTheByteOrderMark() {
        PreviewTable table = PreviewTable.ofCsv("\uFEFFid,text\r\n1,\"قال، ثم\r\nمضى\"\r\n2,'=1+1\r\n", 300);
        assertThat(table.header()).containsExactly("id", "text");
        assertThat(table.rows()).containsExactly(List.of("1", "قال، ثم\r\nمضى"), List.of("2", "'=1+1"));
    }

    @Test
    void aRecordThePreviewCutInTheMiddleIsLeftOut() {
        PreviewTable table = PreviewTable.ofCsv("id,note\r\n1,a\r\n2,\"first line\r\n", 300);
        assertThat(table.rows()).containsExactly(List.of("1", "a"));
    }

    @Test
    void longValuesAreCut() {
        assertThat(PreviewTable.ofCsv("v\r\n" + "ب".repeat(10) + "\r\n", 4).rows()).containsExactly(List.of("بببب…"));
    }

    @Test
    void nothingIsAnEmptyTable() {
        assertThat(PreviewTable.ofCsv("", 300)).isEqualTo(PreviewTable.EMPTY);
    }
}
