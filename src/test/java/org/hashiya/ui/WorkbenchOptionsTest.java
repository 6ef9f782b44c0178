package org.hashiya.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class WorkbenchOptionsTest {
    @Test
    void readsBothSpellingsOfBothOptions() {
        WorkbenchOptions none = WorkbenchOptions.parse();
        assertThat(none.db).isNull();
        assertThat(none.annotator).isNull();

        WorkbenchOptions spaced = WorkbenchOptions.parse("--db", "lib.db", "--annotator", "منى");
        assertThat(spaced.db).isEqualTo(Path.of("lib.db"));
        assertThat(spaced.annotator).isEqualTo("منى");

        WorkbenchOptions joined = WorkbenchOptions.parse("--annotator=سارة", "--db=/tmp/a b.db");
        assertThat(joined.db).isEqualTo(Path.of("/tmp/a b.db"));
        assertThat(joined.annotator).isEqualTo("سارة");
    }

    @Test
    void anythingElseIsRefused() {
        assertThatThrownBy(() -> WorkbenchOptions.parse("list")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WorkbenchOptions.parse("--db")).isInstanceOf(IllegalArgumentException.class);
    }
}
