package org.hashiya.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TsvTest {
    @Test
    void escapesTabNewlineAndBackslashSoARecordStaysOnOneLine() {
        assertThat(Tsv.escape("a\tb\nc\\d")).isEqualTo("a\\tb\\nc\\\\d");
        assertThat(Tsv.record(1, "عنوان\tفرعي", 42)).isEqualTo("1\tعنوان\\tفرعي\t42");
    }

    @Test
    void leavesPlainArabicUntouched() {
        String s = "واشنطن تدعو \u200Fدول";
        assertThat(Tsv.escape(s)).isSameAs(s);
    }
}
