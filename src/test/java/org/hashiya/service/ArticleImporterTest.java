package org.hashiya.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.hashiya.domain.Article;
import org.hashiya.domain.ArticleMetadata;
import org.hashiya.domain.ArticleStatus;
import org.hashiya.domain.ArticleSummary;
import org.hashiya.domain.NewArticle;
import org.hashiya.io.ArabicSamples;
import org.hashiya.io.ArticleFileReader;
import org.hashiya.service.ImportOutcome.Kind;
import org.hashiya.store.ArticleRepository;
import org.hashiya.store.Library;
import org.hashiya.store.LibraryException;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.hashiya.text.TextHash;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleImporterTest {
    private static final Instant NOW = Instant.parse("2025-01-02T03:04:05Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");

    @TempDir
    Path dir;
    Path in;
    Library library;
    ArticleImporter importer;

    @BeforeEach
    void open() throws IOException {
        library = SqliteLibrary.open(dir.resolve("lib.db"), true);
        importer = new ArticleImporter(library.articles(), CLOCK);
        in = Files.createDirectories(dir.resolve("in"));
    }

    @AfterEach
    void close() {
        library.close();
    }

    private ImportReport importAll(Path... paths) {
        return importer.importPaths(List.of(paths), ImportListener.NONE, () -> false);
    }

    @Test
    void storesTheDecodedTextWithItsImportRecord() throws Exception {
        String text = ArabicSamples.article(0);
        Path file = Files.write(in.resolve("a.txt"), ArabicSamples.encode(text, WINDOWS_1256));

        ImportReport report = importAll(file);

        assertThat(report.imported()).isEqualTo(1);
        long id = report.outcomes().get(0).articleId().getAsLong();
        Article article = library.articles().find(id).orElseThrow();
        assertThat(article.text()).isEqualTo(text);
        assertThat(article.importRecord().sourcePath()).isEqualTo(file.toAbsolutePath().toString());
        assertThat(article.importRecord().encoding()).isEqualTo("windows-1256");
        assertThat(article.importRecord().importedAt()).isEqualTo(NOW);
        assertThat(article.importRecord().sha256()).isEqualTo(TextHash.sha256(text));
        assertThat(article.status()).isEqualTo(ArticleStatus.NEW);
        assertThat(report.outcomes().get(0).message()).isEqualTo("imported as article " + id + " (windows-1256)");
    }

    @Test
    void aTextFileIsTitledByItsFirstNonEmptyLine() throws Exception {
        Path file = Files.writeString(in.resolve("a.txt"), "\n   \n  العنوان هنا  \nالنص");
        long id = importAll(file).outcomes().get(0).articleId().getAsLong();
        assertThat(library.articles().find(id).orElseThrow().title()).isEqualTo("العنوان هنا");
    }

    @Test
    void aWebPageKeepsItsOwnTitleUrlDateAndOutlet() throws Exception {
        String page = """
                <html><head><meta charset="windows-1256"><title>عنوان الصفحة</title>
                <link rel="canonical" href="https://example.com/a/1">
                <meta name="date" content="2024-02-03"><meta property="og:site_name" content="الأهرام"></head>
                <body><nav>الرئيسية</nav><article><p>%s</p></article><footer>حقوق النشر</footer></body></html>
                """.formatted(ArabicSamples.paragraphs(2, 1));
        Path file = Files.write(in.resolve("page.html"), ArabicSamples.encode(page, WINDOWS_1256));
        long id = importAll(file).outcomes().get(0).articleId().getAsLong();
        Article article = library.articles().find(id).orElseThrow();
        assertThat(article.metadata()).isEqualTo(new ArticleMetadata("عنوان الصفحة", "الأهرام",
                "https://example.com/a/1", "2024-02-03"));
        assertThat(article.text()).isEqualTo(ArabicSamples.paragraphs(2, 1));
        assertThat(article.importRecord().encoding()).isEqualTo("windows-1256");
    }

    @Test
    void importsAFolderRecursivelyInNameOrderSkippingOtherTypes() throws Exception {
        Files.writeString(in.resolve("b.txt"), ArabicSamples.article(1));
        Files.writeString(in.resolve("a.txt"), ArabicSamples.article(0));
        Files.writeString(in.resolve("notes.docx"), "x");
        Path sub = Files.createDirectories(in.resolve("sub"));
        Files.write(sub.resolve("c.htm"), ("<html><body><p>" + ArabicSamples.paragraphs(2, 1) + "</p></body></html>")
                .getBytes(StandardCharsets.UTF_8));
        Files.writeString(sub.resolve("image.png"), "x");
        Path hidden = Files.createDirectories(in.resolve(".git"));
        Files.writeString(hidden.resolve("HEAD.txt"), "ref: refs/heads/main");

        ImportReport report = importAll(in);

        assertThat(report.outcomes()).extracting(o -> in.relativize(o.file()).toString())
                .containsExactly("a.txt", "b.txt", "notes.docx", "sub/c.htm", "sub/image.png");
        assertThat(report.outcomes()).extracting(ImportOutcome::kind)
                .containsExactly(Kind.IMPORTED, Kind.IMPORTED, Kind.SKIPPED, Kind.IMPORTED, Kind.SKIPPED);
        assertThat(report.summary()).isEqualTo("Imported 3 articles; 2 other files skipped");
        assertThat(library.articles().listSummaries()).extracting(ArticleSummary::title)
                .containsExactly(ArabicSamples.article(0).lines().findFirst().orElseThrow().strip(),
                        "الإشراف العام", ArabicSamples.paragraphs(2, 1).strip());
    }

    @Test
    void reImportingSkipsTextsAlreadyInTheLibrary() throws Exception {
        Path a = Files.writeString(in.resolve("a.txt"), ArabicSamples.article(0));
        long id = importAll(a).outcomes().get(0).articleId().getAsLong();

        ImportReport again = importAll(a);

        assertThat(again.duplicates()).isEqualTo(1);
        assertThat(again.imported()).isZero();
        ImportOutcome outcome = again.outcomes().get(0);
        assertThat(outcome.articleId()).hasValue(id);
        assertThat(outcome.describe()).isEqualTo(a + ": already in the library as article " + id);
        assertThat(again.summary()).isEqualTo("Imported 0 articles; 1 already in the library");
        assertThat(library.articles().count()).isEqualTo(1);
    }

    @Test
    void theSameTextInTwoEncodingsIsADuplicate() throws Exception {
        String text = ArabicSamples.article(2);
        Path utf8 = Files.writeString(in.resolve("1-utf8.txt"), text.replace("\n", "\r\n"));
        Path cp1256 = Files.write(in.resolve("2-cp1256.txt"), ArabicSamples.encode(text, WINDOWS_1256));
        Path utf16 = Files.write(in.resolve("3-utf16.txt"), ArabicSamples.utf16BeBom(text));

        ImportReport report = importAll(in);

        assertThat(report.outcomes()).extracting(ImportOutcome::kind)
                .containsExactly(Kind.IMPORTED, Kind.DUPLICATE, Kind.DUPLICATE);
        long id = report.outcomes().get(0).articleId().getAsLong();
        assertThat(report.outcomes().get(1).articleId()).hasValue(id);
        assertThat(report.outcomes().get(1).message()).isEqualTo("same text as " + utf8 + ", imported as article " + id);
        assertThat(report.outcomes().get(2).file()).isEqualTo(utf16);
        assertThat(cp1256).exists();
        assertThat(library.articles().count()).isEqualTo(1);
    }

    @Test
    void duplicatesAcrossBatchesOfOneImportAreFound() throws Exception {
        ArticleImporter smallBatches = new ArticleImporter(library.articles(), new ArticleFileReader(), CLOCK, 2);
        for (int i = 0; i < 5; i++) {
            Files.writeString(in.resolve("f" + i + ".txt"), ArabicSamples.article(i % 2));
        }
        ImportReport report = smallBatches.importPaths(List.of(in), ImportListener.NONE, () -> false);
        assertThat(report.outcomes()).extracting(ImportOutcome::kind)
                .containsExactly(Kind.IMPORTED, Kind.IMPORTED, Kind.DUPLICATE, Kind.DUPLICATE, Kind.DUPLICATE);
        assertThat(library.articles().count()).isEqualTo(2);
    }

    @Test
    void readingOnThreadsGivesTheSameOutcomesAsReadingInline() throws Exception {
        for (int i = 0; i < 40; i++) {
            String text = (i % 5) + "\n" + ArabicSamples.paragraphs(i % 3, 3);
            byte[] bytes = i % 7 == 0 ? new byte[0] : i % 2 == 0 ? ArabicSamples.encode(text, WINDOWS_1256)
                    : ArabicSamples.utf16LeBom(text);
            Files.write(in.resolve(String.format("f%02d.txt", i)), bytes);
        }
        List<ImportOutcome> inline;
        List<ImportOutcome> threaded;
        try (Library other = SqliteLibrary.open(dir.resolve("other.db"), true)) {
            inline = new ArticleImporter(other.articles(), new ArticleFileReader(), CLOCK, 7, 0)
                    .importPaths(List.of(in), ImportListener.NONE, () -> false).outcomes();
        }
        threaded = new ArticleImporter(library.articles(), new ArticleFileReader(), CLOCK, 7, 2)
                .importPaths(List.of(in), ImportListener.NONE, () -> false).outcomes();
        assertThat(threaded).isEqualTo(inline);
        assertThat(threaded).extracting(ImportOutcome::kind).contains(Kind.IMPORTED, Kind.DUPLICATE, Kind.REFUSED);
    }

    @Test
    void refusedFilesAreReportedAndNeverStored() throws Exception {
        Path good = Files.writeString(in.resolve("good.txt"), ArabicSamples.article(0));
        Path empty = Files.write(in.resolve("empty.txt"), new byte[0]);
        Path blank = Files.writeString(in.resolve("blank.txt"), " \n\t\n");
        Path png = Files.write(in.resolve("pic.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        Path big = Files.writeString(in.resolve("big.txt"), ArabicSamples.article(1));
        ArticleImporter limited = new ArticleImporter(library.articles(),
                new ArticleFileReader(Files.size(good)), CLOCK, ArticleImporter.DEFAULT_BATCH_SIZE);

        ImportReport report = limited.importPaths(List.of(good, empty, blank, png, big), ImportListener.NONE, () -> false);

        assertThat(report.outcomes(Kind.REFUSED)).extracting(ImportOutcome::describe).containsExactly(
                empty + ": empty file",
                blank + ": the file contains only whitespace",
                png + ": not a text file: it is a PNG image",
                big + ": too large for an article: " + ArticleFileReader.humanSize(Files.size(big))
                        + " (the limit is " + ArticleFileReader.humanSize(Files.size(good)) + ")");
        assertThat(report.summary()).isEqualTo("Imported 1 article; 4 refused");
        assertThat(library.articles().count()).isEqualTo(1);
    }

    @Test
    void anUnknownTypeNamedDirectlyIsRefusedButInAFolderSkipped() throws Exception {
        Path pdf = Files.writeString(in.resolve("paper.pdf"), "%PDF-1.4");
        ImportReport direct = importAll(pdf);
        ImportReport folder = importAll(in);
        assertThat(direct.outcomes()).singleElement().satisfies(o -> {
            assertThat(o.kind()).isEqualTo(Kind.REFUSED);
            assertThat(o.message()).isEqualTo("not an article file (.pdf): Hashiya imports .txt, .html, .htm, .jsonl and brat .ann files");
        });
        assertThat(folder.outcomes()).singleElement().extracting(ImportOutcome::kind).isEqualTo(Kind.SKIPPED);
        assertThat(folder.summary()).isEqualTo("Imported 0 articles; 1 other file skipped");
    }

    @Test
    void aMissingPathIsRefusedAndTheRestImported() throws Exception {
        Path missing = in.resolve("nope");
        Path good = Files.writeString(in.resolve("good.txt"), ArabicSamples.article(0));
        ImportReport report = importAll(missing, good);
        assertThat(report.outcomes()).extracting(ImportOutcome::describe)
                .first().isEqualTo(missing + ": no such file or folder");
        assertThat(report.imported()).isEqualTo(1);
    }

    @Test
    void aFileNamedTwiceOrWithItsFolderIsLookedAtOnce() throws Exception {
        Path good = Files.writeString(in.resolve("good.txt"), ArabicSamples.article(0));
        ImportReport report = importAll(good, in, good);
        assertThat(report.filesTotal()).isEqualTo(1);
        assertThat(report.outcomes()).hasSize(1);
    }

    @Test
    void tellsTheListenerProgressAndEveryOutcome() throws Exception {
        Path a = Files.writeString(in.resolve("a.txt"), ArabicSamples.article(0));
        Path b = Files.write(in.resolve("b.txt"), new byte[0]);
        Path c = Files.writeString(in.resolve("c.txt"), ArabicSamples.article(1));
        RecordingListener listener = new RecordingListener();

        ImportReport report = importer.importPaths(List.of(in), listener, () -> false);

        assertThat(listener.progress).containsExactly(new RecordingListener.Progress(0, 3, a),
                new RecordingListener.Progress(1, 3, b), new RecordingListener.Progress(2, 3, c),
                new RecordingListener.Progress(3, 3, null));
        assertThat(listener.outcomes).isEqualTo(report.outcomes());
        assertThat(listener.outcomes).extracting(ImportOutcome::file).containsExactly(a, b, c);
    }

    @Test
    void cancellingStopsBetweenFilesAndKeepsWhatWasDone() throws Exception {
        for (int i = 0; i < 6; i++) {
            Files.writeString(in.resolve("f" + i + ".txt"), i + "\n" + ArabicSamples.article(i % 3));
        }
        AtomicInteger asked = new AtomicInteger();

        ImportReport report = importer.importPaths(List.of(in), ImportListener.NONE, () -> asked.incrementAndGet() > 4);

        assertThat(report.cancelled()).isTrue();
        assertThat(report.imported()).isEqualTo(4);
        assertThat(report.filesTotal()).isEqualTo(6);
        assertThat(library.articles().count()).isEqualTo(4);
        assertThat(report.summary()).isEqualTo("Imported 4 articles; cancelled after 4 of 6 files");
    }

    @Test
    void aLibraryErrorKeepsEarlierBatchesAndStopsWithAClearMessage() throws Exception {
        for (int i = 0; i < 7; i++) {
            Files.writeString(in.resolve("f" + i + ".txt"), i + "\n" + ArabicSamples.article(i % 3));
        }
        FailingOnSecondBatch failing = new FailingOnSecondBatch(library.articles());
        ArticleImporter importer = new ArticleImporter(failing, new ArticleFileReader(), CLOCK, 3);

        ImportReport report = importer.importPaths(List.of(in), ImportListener.NONE, () -> false);

        assertThat(report.outcomes()).extracting(ImportOutcome::kind).containsExactly(Kind.IMPORTED, Kind.IMPORTED,
                Kind.IMPORTED, Kind.NOT_STORED, Kind.NOT_STORED, Kind.NOT_STORED);
        assertThat(report.storeError()).hasValue("cannot store articles: disk I/O error");
        assertThat(report.outcomes().get(3).message()).isEqualTo("not stored: cannot store articles: disk I/O error");
        assertThat(report.summary()).isEqualTo(
                "Imported 3 articles; 3 not stored; stopped by a library error: cannot store articles: disk I/O error");
        assertThat(library.articles().count()).as("the first batch was committed").isEqualTo(3);
        assertThat(failing.calls).isEqualTo(2);
    }

    /** The real repository, except that its second batch fails as a full or broken disk would. */
    private static final class FailingOnSecondBatch implements ArticleRepository {
        private final ArticleRepository real;
        int calls;

        FailingOnSecondBatch(ArticleRepository real) {
            this.real = real;
        }

        @Override
        public List<AddResult> addAll(List<NewArticle> articles) {
            if (++calls == 2) {
                throw new LibraryException("cannot store articles: disk I/O error");
            }
            return real.addAll(articles);
        }

        @Override
        public Optional<Article> find(long id) {
            return real.find(id);
        }

        @Override
        public List<ArticleSummary> listSummaries() {
            return real.listSummaries();
        }

        @Override
        public Optional<Long> findIdBySha256(String sha256) {
            return real.findIdBySha256(sha256);
        }

        @Override
        public int count() {
            return real.count();
        }

        @Override
        public void updateMetadata(long id, ArticleMetadata metadata) {
            real.updateMetadata(id, metadata);
        }

        @Override
        public void updateStatus(long id, ArticleStatus status) {
            real.updateStatus(id, status);
        }
    }
}
