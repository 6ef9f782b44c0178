package org.hashiya.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.hashiya.bench.ArticleGenerator;
import org.hashiya.store.Library;
import org.hashiya.store.LibraryException;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.hashiya.text.TextHash;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Libraries that cannot be used as they are: random bytes, damaged pages, a file or folder the
 * user may not write, a disk that fills up mid-import. Each gives a clear message naming the file
 * (a {@link LibraryException}, never a raw SQL error), and nothing already stored is lost. The
 * permission cases run in a child process as {@code nobody}: tests run as root, which ignores
 * file permissions. (Text files, other programs' databases, newer schemas and truncation are
 * covered in SqliteLibraryTest.)
 */
class BadLibraryTest {
    static final long SEED = 9;

    @TempDir
    static Path shared;

    static Path classPathCopy;

    @BeforeAll
    static void readableClassPath() throws Exception {
        classPathCopy = shared.resolve("cp");
        ChildJava.readableCopy(classPathCopy);
        ChildJava.worldReadable(shared);
    }

    @TempDir
    Path dir;

    @Test
    void randomBytesAreRefusedWithTheFileNamedAndLeftUntouched() throws Exception {
        Random random = new Random(SEED);
        byte[] header = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < 24; i++) {
            byte[] bytes = new byte[1 + random.nextInt(64 * 1024)];
            random.nextBytes(bytes);
            if (i % 2 == 1 && bytes.length > 100) {
                System.arraycopy(header, 0, bytes, 0, header.length); // gets past the header check
            }
            Path file = dir.resolve("random-" + i + ".db");
            Files.write(file, bytes);
            assertThatThrownBy(() -> {
                try (Library lib = SqliteLibrary.open(file, true)) {
                    lib.articles().listSummaries();
                }
            }).as("file %d", i).isInstanceOf(LibraryException.class).hasMessageContaining(file.toString());
            assertThat(Files.readAllBytes(file)).as("file %d untouched", i).isEqualTo(bytes);
        }
    }

    @Test
    void damagedPagesGiveALibraryErrorNeverARawOne() throws Exception {
        Path good = dir.resolve("good.db");
        ArticleGenerator generator = new ArticleGenerator(SEED, ArticleGenerator.Sizes.VARIED_1_TO_10KB);
        try (Library lib = SqliteLibrary.open(good, true)) {
            lib.articles().addAll(generator.newArticles(0, 40));
        }
        byte[] original = Files.readAllBytes(good);
        Random random = new Random(SEED);
        int refused = 0;
        for (int i = 0; i < 20; i++) {
            byte[] damaged = original.clone();
            int at = 4096 + random.nextInt(damaged.length - 4096 - 600); // past page 1, which the header check covers
            for (int k = 0; k < 512; k++) {
                damaged[at + k] = (byte) random.nextInt(256);
            }
            Path file = dir.resolve("damaged-" + i + ".db");
            Files.write(file, damaged);
            try (Library lib = SqliteLibrary.open(file, false)) {
                lib.articles().listSummaries().forEach(s -> lib.articles().find(s.id()));
            } catch (LibraryException e) {
                refused++;
                assertThat(e.getMessage()).contains(file.toString());
            }
        }
        System.out.printf("[faults] damaged libraries: 20 opened, %d refused with a library error, none with a raw one%n", refused);
    }

    @Test
    void readOnlyLibraryFileRefusesToStoreAndNamesTheFile() throws Exception {
        Path folder = worldWritableFolder("ro-file");
        Path library = folder.resolve("lib.db");
        storeArticles(library, 30);
        ChildJava.worldReadable(library); // rw-r--r-- owned by root: nobody may read, not write
        String before = sha256(library);

        ChildJava child = ChildJava.start(ImportChild.class, ChildJava.Options.asNobody(classPathCopy),
                library.toString(), Long.toString(SEED + 1), "0", "10", "5");
        assertThat(child.waitFor()).as(child.stderr()).isEqualTo(ImportChild.REFUSED);
        assertThat(child.lines()).filteredOn(l -> l.startsWith("error")).singleElement().asString()
                .contains(library.toString()).containsIgnoringCase("read");
        assertThat(child.saved()).isEmpty();
        assertThat(sha256(library)).isEqualTo(before);
        assertThat(LibraryCheck.wholeArticles(library, null)).hasSize(30);
        System.out.println("[faults] read-only file as nobody: " + child.lines().get(child.lines().size() - 1));
    }

    @Test
    void libraryInAReadOnlyFolderRefusesWithTheFileNamedAndStaysWhole() throws Exception {
        Path folder = dir.resolve("ro-folder");
        Files.createDirectories(folder);
        ChildJava.worldReadable(dir);
        Path library = folder.resolve("lib.db");
        storeArticles(library, 30);
        Files.setPosixFilePermissions(library, PosixFilePermissions.fromString("rw-rw-rw-")); // the file itself is writable
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x")); // but no journal can be made
        String before = sha256(library);

        ChildJava child = ChildJava.start(ImportChild.class, ChildJava.Options.asNobody(classPathCopy),
                library.toString(), Long.toString(SEED + 1), "0", "10", "5");
        int exit = child.waitFor();
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertThat(exit).as(child.stderr()).isEqualTo(ImportChild.REFUSED);
        assertThat(child.lines()).filteredOn(l -> l.startsWith("error")).singleElement().asString().contains(library.toString());
        assertThat(sha256(library)).isEqualTo(before);
        assertThat(LibraryCheck.wholeArticles(library, null)).hasSize(30);
        System.out.println("[faults] read-only folder as nobody: " + child.lines().get(child.lines().size() - 1));
    }

    @Test
    void newLibraryInAReadOnlyFolderIsRefusedWithTheFileNamed() throws Exception {
        Path folder = dir.resolve("ro-new");
        Files.createDirectories(folder);
        ChildJava.worldReadable(dir);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        Path library = folder.resolve("new.db");
        ChildJava child = ChildJava.start(ImportChild.class, ChildJava.Options.asNobody(classPathCopy),
                library.toString(), Long.toString(SEED), "0", "5", "5");
        assertThat(child.waitFor()).as(child.stderr()).isEqualTo(ImportChild.REFUSED);
        assertThat(child.lines()).filteredOn(l -> l.startsWith("error")).singleElement().asString().contains(library.toString());
        assertThat(library).doesNotExist();
    }

    @Test
    void fullDiskDuringImportIsAClearErrorAndEveryCommittedArticleSurvives() throws Exception {
        Path library = dir.resolve("full.db");
        ChildJava child = ChildJava.start(ImportChild.class, ChildJava.Options.fileSizeLimit(3000),
                library.toString(), Long.toString(SEED), "0", "5000", "20");
        assertThat(child.waitFor()).as(child.stderr()).isEqualTo(ImportChild.REFUSED);
        String error = child.lines().stream().filter(l -> l.startsWith("error")).findFirst().orElseThrow();
        assertThat(error).startsWith("error cannot store articles in " + library + ": ");
        List<String> saved = child.saved();
        assertThat(saved).isNotEmpty();

        ArticleGenerator generator = new ArticleGenerator(SEED, ArticleGenerator.Sizes.VARIED_1_TO_10KB);
        Set<String> expected = new HashSet<>();
        for (int i = 0; i < 5000; i++) {
            expected.add(generator.sha256(i));
        }
        Set<String> stored = LibraryCheck.wholeArticles(library, expected);
        assertThat(stored).containsAll(saved);
        System.out.printf("[faults] full disk (ulimit -f 3000): %d articles committed before \"%s\", %d lost%n",
                saved.size(), error.substring(6), saved.stream().filter(s -> !stored.contains(s)).count());
    }

    private static void storeArticles(Path library, int count) {
        try (Library lib = SqliteLibrary.open(library, true)) {
            lib.articles().addAll(new ArticleGenerator(SEED, ArticleGenerator.Sizes.VARIED_1_TO_10KB).newArticles(0, count));
        }
    }

    private Path worldWritableFolder(String name) throws Exception {
        Path folder = dir.resolve(name);
        Files.createDirectories(folder);
        ChildJava.worldReadable(dir);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));
        return folder;
    }

    private static String sha256(Path file) throws Exception {
        return TextHash.sha256(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
    }
}
