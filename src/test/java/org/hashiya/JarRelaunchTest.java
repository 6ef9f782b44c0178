package org.hashiya;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JarRelaunchTest {
    @TempDir
    Path folder;

    @Test
    void theJvmOptionsAreWhatComesBeforeDashJarOrTheMainClass() {
        assertThat(JarRelaunch.jvmOptions(new String[] {"-Xmx2g", "-Dx=y", "-jar", "/a/hashiya.jar", "--db", "l.db"}, 2))
                .contains(List.of("-Xmx2g", "-Dx=y"));
        assertThat(JarRelaunch.jvmOptions(new String[] {"-jar", "hashiya.jar"}, 0)).contains(List.of());
        assertThat(JarRelaunch.jvmOptions(new String[] {"-Dx=y", "-cp", "a.jar:b.jar", "org.hashiya.Launcher", "--db", "l.db"}, 2))
                .contains(List.of("-Dx=y"));
        assertThat(JarRelaunch.jvmOptions(new String[] {"--class-path=a.jar", "org.hashiya.Launcher"}, 0)).contains(List.of());
        // a command line it does not understand: no relaunch
        assertThat(JarRelaunch.jvmOptions(new String[] {"-cp", "a.jar", "some.Other"}, 0)).isEmpty();
        assertThat(JarRelaunch.jvmOptions(new String[] {"--db"}, 1)).isEmpty();
    }

    @Test
    void aRebuiltJarGetsAnArchiveOfItsOwn() throws Exception {
        Path jar = Files.writeString(folder.resolve("hashiya.jar"), "one");
        String first = JarRelaunch.archiveName(jar);
        assertThat(first).matches("hashiya-[0-9a-f]{16}\\.jsa").isEqualTo(JarRelaunch.archiveName(jar));
        Files.writeString(jar, "two!");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 2000));
        assertThat(JarRelaunch.archiveName(jar)).isNotEqualTo(first);
    }

    @Test
    void theTestJvmIsNotRelaunched() {
        // classes from target/classes, not a jar: the workbench starts in this JVM
        assertThat(JarRelaunch.plan(new String[0])).isEmpty();
    }
}
