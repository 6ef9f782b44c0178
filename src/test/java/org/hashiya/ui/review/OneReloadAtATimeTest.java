package org.hashiya.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;

class OneReloadAtATimeTest {
    @Test
    void aReloadAskedForWhileOneRunsWaitsAndOnlyTheLatestRuns() {
        SimpleBooleanProperty busy = new SimpleBooleanProperty();
        OneReloadAtATime reloads = new OneReloadAtATime(busy);
        List<String> ran = new ArrayList<>();
        assertThat(reloads.start(() -> ran.add("first"))).isTrue();
        assertThat(busy.get()).isTrue();
        assertThat(reloads.start(() -> ran.add("second"))).isFalse();
        assertThat(reloads.start(() -> ran.add("third"))).isFalse();
        assertThat(reloads.waiting()).isTrue();
        reloads.finished();
        assertThat(busy.get()).isFalse();
        reloads.runWaiting();
        assertThat(ran).containsExactly("third");
        assertThat(reloads.waiting()).isFalse();
        reloads.runWaiting();
        assertThat(ran).containsExactly("third");
        assertThat(reloads.start(() -> ran.add("fourth"))).as("nothing running: starts at once").isTrue();
    }
}
