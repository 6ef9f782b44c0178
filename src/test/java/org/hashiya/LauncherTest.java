package org.hashiya;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LauncherTest {
    @Test
    void noArgumentsOrOnlyWorkbenchOptionsOpenTheWorkbench() {
        assertThat(Launcher.opensWorkbench(new String[0])).isTrue();
        assertThat(Launcher.opensWorkbench(new String[] {"--db", "lib.db"})).isTrue();
        assertThat(Launcher.opensWorkbench(new String[] {"--db=lib.db", "--annotator", "منى"})).isTrue();
    }

    @Test
    void aSubcommandOrAnythingElseGoesToTheCommandLine() {
        assertThat(Launcher.opensWorkbench(new String[] {"list"})).isFalse();
        assertThat(Launcher.opensWorkbench(new String[] {"--db", "lib.db", "list"})).isFalse();
        assertThat(Launcher.opensWorkbench(new String[] {"--help"})).isFalse();
        assertThat(Launcher.opensWorkbench(new String[] {"--db"})).isFalse();
    }
}
