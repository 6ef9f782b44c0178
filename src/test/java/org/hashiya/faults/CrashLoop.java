package org.hashiya.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.hashiya.bench.ArticleGenerator;
import org.hashiya.bench.SpanBulkWriter;
import org.hashiya.domain.NewArticle;
import org.hashiya.domain.NewSpan;
import org.hashiya.domain.SpanLabel;
import org.hashiya.service.SchemaService;
import org.hashiya.service.merge.MergeService;
import org.hashiya.store.ArticleRepository.AddResult;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.hashiya.text.CodePointOffsets;

/**
 * The SIGKILL crash loop of the fault suite. Round after round a child JVM ({@link CrashLoopChild})
 * opens one library and runs a few operations of the chosen kinds one after the other (import,
 * annotate, merge of a small library, export, and the review table's bulk relabel, reviewed mark and
 * delete), and is killed with SIGKILL: while it starts (every sixth round), or a random (seeded)
 * moment after it began its first, second, third or fourth operation (in turn). Then the library is reopened and checked:
 * <ul>
 *   <li>it opens, passes SQLite's {@code PRAGMA integrity_check}, holds only whole articles and
 *       spans that match their article's text ({@link LibraryCheck});</li>
 *   <li>every operation the child confirmed (printed after its commit returned) did all it should
 *       ({@link LibraryFingerprint} counts, predicted here from the counts before it) and is still
 *       there; every article and span it confirmed is stored as confirmed;</li>
 *   <li>the operation the kill interrupted is there whole or not at all: the library's counts are
 *       those before it or those it would have made, nothing in between;</li>
 *   <li>an export's target is absent, or complete and valid (every row, parsed back), never half a
 *       file; a confirmed export's target is there;</li>
 *   <li>the child's output was read to its end (what it wrote before the kill is its whole log), every
 *       confirmed operation has its {@code begin} line, and no line but the last is cut short.</li>
 * </ul>
 * A round that finds a problem keeps its child's arguments and output in {@code failures/round-N.txt}
 * and the library as checked in {@code failures/round-N.db}, under the loop's folder.
 * The short run is {@code CrashSafetyTest}; {@code bench/crash-loop --rounds 1000} is the long one.
 */
public final class CrashLoop {
    static final long GENERATOR_SEED = 20261125;
    /** The import "folder": generated articles 0..ARTICLES-1; merged libraries bring articles after it. */
    static final int ARTICLES = 1000;
    /** Annotators of the merged libraries; relabel and delete choose only their spans. */
    static final Set<String> CODERS = Set.of("coder-0", "coder-1", "coder-2", "coder-3", "coder-4");
    static final int OPERATIONS_PER_CHILD = 5;
    static final int ARTICLES_PER_MERGE = 2;
    static final int SPANS_PER_MERGED_ARTICLE = 15;

    /** What a child can be asked to do. */
    public enum Kind {
        IMPORT(200), ANNOTATE(40), MERGE(300), EXPORT(500), RELABEL(60), REVIEW(60), DELETE(60);

        /** The longest wait after the child began such an operation before the kill, in ms. */
        final int killWithinMillis;

        Kind(int killWithinMillis) {
            this.killWithinMillis = killWithinMillis;
        }

        String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The kind of a child's operation argument ({@code merge=/x/theirs.db} is a merge). */
        static Kind of(String operation) {
            int eq = operation.indexOf('=');
            return valueOf((eq < 0 ? operation : operation.substring(0, eq)).toUpperCase(Locale.ROOT));
        }
    }

    /**
     * How to run the loop; {@code progress} hears a line every {@code reportEvery} rounds (null: silent).
     * With {@code startArticles > 0} the library starts with that many articles imported and one
     * coder's library merged (not killed), so that even a short run relabels, deletes and exports real
     * rows; otherwise it starts empty and the children fill it.
     */
    public record Options(Path folder, int rounds, long seed, List<Kind> kinds, int startArticles, PrintStream progress,
                          int reportEvery) {
    }

    /** What the loop saw. Every list of problems is empty when nothing was lost or torn. */
    public static final class Result {
        int rounds;
        final Map<Kind, Integer> confirmed = new EnumMap<>(Kind.class);
        final Map<Kind, Integer> killedDuring = new EnumMap<>(Kind.class);
        final Map<Kind, Integer> interruptedPresent = new EnumMap<>(Kind.class);
        int killedWhileStarting;
        int killedBetweenOperations;
        int finishedBeforeKill;
        int articlesConfirmed;
        int spansConfirmed;
        /** Confirmed operations, articles or spans not (wholly) in the library after a kill. */
        final List<String> lost = new ArrayList<>();
        /** Interrupted operations found partly done; confirmed operations that did only part of their work. */
        final List<String> torn = new ArrayList<>();
        /** Libraries that failed the integrity or wholeness checks; half export files at a target; child output not read whole. */
        final List<String> broken = new ArrayList<>();
        /** For each round with a problem, the file keeping its child's arguments and output (a copy of the library beside it). */
        final List<Path> kept = new ArrayList<>();
        LibraryFingerprint last = new LibraryFingerprint(Map.of());
        Duration wall = Duration.ZERO;
        Duration cpu = Duration.ZERO;

        int confirmedOperations() {
            return confirmed.values().stream().mapToInt(Integer::intValue).sum();
        }

        int kills() {
            return killedDuring.values().stream().mapToInt(Integer::intValue).sum() + killedWhileStarting
                    + killedBetweenOperations;
        }

        boolean clean() {
            return lost.isEmpty() && torn.isEmpty() && broken.isEmpty();
        }

        List<String> lines() {
            List<String> out = new ArrayList<>();
            out.add(String.format(Locale.ROOT, "rounds: %d (wall %.0f s, cpu %.0f s with the children; load %s)", rounds,
                    wall.toMillis() / 1000.0, cpu.toMillis() / 1000.0, loadAverage()));
            out.add("operations confirmed: " + confirmedOperations() + " " + perKind(confirmed) + "; articles "
                    + articlesConfirmed + ", spans " + spansConfirmed);
            out.add("SIGKILLs: " + kills() + ": during an operation " + perKind(killedDuring) + ", while starting "
                    + killedWhileStarting + ", between operations " + killedBetweenOperations
                    + "; children that finished before the kill: " + finishedBeforeKill);
            out.add("interrupted operations found whole (done before the kill, not yet confirmed): "
                    + perKind(interruptedPresent) + "; the others found not done at all");
            out.add("lost: " + lost.size() + ", torn: " + torn.size() + ", broken: " + broken.size());
            Stream.of(lost, torn, broken).flatMap(List::stream).limit(20).forEach(p -> out.add("  " + p));
            out.add("library at the end: " + last.articles() + " articles, " + last.spans() + " spans");
            if (!kept.isEmpty()) {
                out.add("child output of the rounds with a problem: " + kept.stream().map(Path::toString).toList());
            }
            return out;
        }

        private static String perKind(Map<Kind, Integer> counts) {
            StringBuilder b = new StringBuilder("(");
            counts.forEach((k, n) -> b.append(b.length() == 1 ? "" : ", ").append(k.id()).append(' ').append(n));
            return b.append(')').toString();
        }
    }

    /** A small library made for one merge: its articles and what its coder labelled. */
    private record MergeSource(List<String> shas, String coder, Map<String, Integer> spansPerLabel) {
    }

    /** A whole {@code begin} or {@code confirmed} line of a child. */
    private record Line(int index, Kind kind, LibraryFingerprint fingerprint, List<String> params) {
        static Line parse(String line) {
            String[] f = line.split(" ");
            return new Line(Integer.parseInt(f[1]), Kind.valueOf(f[2].toUpperCase(Locale.ROOT)),
                    LibraryFingerprint.parse(f[3]), List.of(Arrays.copyOfRange(f, 4, f.length - 1)));
        }
    }

    private final Options options;
    private final ArticleGenerator generator = new ArticleGenerator(GENERATOR_SEED, ArticleGenerator.Sizes.VARIED_1_TO_10KB);
    private final Random random;
    private final Path library;
    private final Path exports;
    private final Set<String> expected = new HashSet<>();
    private final Set<String> promisedArticles = new HashSet<>();
    private final List<ChildJava.SavedSpan> promisedSpans = new ArrayList<>();
    private final Map<String, MergeSource> sources = new HashMap<>();
    private final Result result = new Result();
    private LibraryFingerprint state = new LibraryFingerprint(Map.of());
    private int merges;

    private CrashLoop(Options options) {
        this.options = options;
        this.random = new Random(options.seed());
        this.library = options.folder().resolve("crash.db");
        this.exports = options.folder().resolve("exports");
        for (int i = 0; i < ARTICLES; i++) {
            expected.add(generator.sha256(i));
        }
    }

    /** Runs the loop in {@code options.folder()} (a fresh library there). */
    public static Result run(Options options) throws Exception {
        return new CrashLoop(options).loop();
    }

    private Result loop() throws Exception {
        Files.createDirectories(exports);
        for (String suffix : List.of("", "-wal", "-shm")) { // a WAL left by an earlier run would be read into the new library
            Files.deleteIfExists(Path.of(library + suffix));
        }
        Path failures = options.folder().resolve("failures");
        if (Files.isDirectory(failures)) { // an earlier run's kept rounds
            try (Stream<Path> old = Files.list(failures)) {
                for (Path p : old.toList()) {
                    Files.delete(p);
                }
            }
        }
        Instant started = Instant.now();
        long cpuBefore = cpuMillis();
        if (options.startArticles() > 0) {
            start();
        }
        for (int round = 0; round < options.rounds(); round++) {
            round(round);
            result.rounds++;
            if (options.progress() != null && (round + 1) % options.reportEvery() == 0) {
                options.progress().printf(Locale.ROOT, "round %d/%d: %d operations confirmed, lost %d, torn %d, broken %d,"
                        + " library %d articles %d spans, %.0f s%n", round + 1, options.rounds(),
                        result.confirmedOperations(), result.lost.size(), result.torn.size(), result.broken.size(),
                        state.articles(), state.spans(), Duration.between(started, Instant.now()).toMillis() / 1000.0);
            }
        }
        result.wall = Duration.between(started, Instant.now());
        result.cpu = Duration.ofMillis(cpuMillis() - cpuBefore);
        result.last = state;
        return result;
    }

    private void round(int round) throws Exception {
        List<String> operations = new ArrayList<>();
        for (int i = 0; i < OPERATIONS_PER_CHILD; i++) {
            Kind kind = options.kinds().get(random.nextInt(options.kinds().size()));
            operations.add(kind == Kind.MERGE ? "merge=" + mergeSource() : kind.id());
        }
        List<String> args = new ArrayList<>(List.of(library.toString(), Long.toString(random.nextLong()), exports.toString()));
        args.addAll(operations);
        ChildJava child = ChildJava.start(CrashLoopChild.class, ChildJava.Options.plain(), args.toArray(String[]::new));
        // Every sixth round is killed while the JVM starts and opens (or creates) the library; the others
        // a random moment after the child began operation 0, 1, 2 or 3 in turn (a later one keeps it busy).
        if (round % 6 == 5) {
            Thread.sleep(random.nextInt(1200));
        } else {
            int target = round % (operations.size() - 1);
            child.awaitLine("begin " + target + " ", 120_000);
            Thread.sleep(random.nextInt(Kind.of(operations.get(target)).killWithinMillis));
        }
        child.kill();
        LibraryFingerprint stateBefore = state;
        int problems = problems();
        check(round, child);
        if (problems() > problems) {
            keep(round, args, stateBefore, child);
        }
        for (String op : operations) {
            if (Kind.of(op) == Kind.MERGE) { // with the WAL and shared memory a killed merge left beside it
                String theirs = op.substring(op.indexOf('=') + 1);
                for (String suffix : List.of("", "-wal", "-shm")) {
                    Files.deleteIfExists(Path.of(theirs + suffix));
                }
            }
        }
    }

    private int problems() {
        return result.lost.size() + result.torn.size() + result.broken.size();
    }

    /**
     * Keeps a round that found a problem for the next person: its child's arguments, the library's
     * counts before it and now, every line the child printed and its stderr in
     * {@code failures/round-N.txt}, and a copy of the library as checked in {@code failures/round-N.db}.
     */
    private void keep(int round, List<String> args, LibraryFingerprint stateBefore, ChildJava child) throws IOException {
        Path folder = options.folder().resolve("failures");
        Files.createDirectories(folder);
        Path text = folder.resolve("round-" + round + ".txt");
        List<String> out = new ArrayList<>();
        out.add("round " + round + " (seed " + options.seed() + "): child arguments " + args);
        out.add("library before the round: " + stateBefore.word());
        out.add("library after the kill:   " + state.word());
        out.add("problems:");
        Stream.of(result.lost, result.torn, result.broken).flatMap(List::stream)
                .filter(p -> p.startsWith("round " + round + ":") || p.startsWith("round " + round + " "))
                .forEach(p -> out.add("  " + p));
        out.add("reading the child's output: " + (child.readErrors().isEmpty() ? "read to its end" : child.readErrors()));
        out.add("stdout (" + child.lines().size() + " lines):");
        out.addAll(child.lines());
        out.add("stderr:");
        out.add(child.stderr());
        Files.write(text, out, StandardCharsets.UTF_8);
        if (Files.exists(library)) {
            Files.copy(library, folder.resolve("round-" + round + ".db"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        result.kept.add(text);
    }

    private void check(int round, ChildJava child) throws Exception {
        List<String> lines = child.lines();
        if (lines.stream().anyMatch(l -> l.startsWith("Exception") || l.startsWith("error"))
                || child.stderr().contains("Exception")) {
            result.broken.add("round " + round + ": the child failed: " + child.stderr().lines().limit(5).toList());
        }
        if (!child.readErrors().isEmpty()) {
            // its last lines may be lost: an operation begun and committed would look like one nobody did
            result.broken.add("round " + round + ": the child's output was not read to its end: " + child.readErrors());
        }
        Map<Integer, Line> begun = new TreeMap<>();
        Map<Integer, Line> confirmed = new TreeMap<>();
        for (int n = 0; n < lines.size(); n++) {
            String l = lines.get(n);
            boolean promise = l.startsWith("begin ") || l.startsWith("confirmed ");
            if (promise && l.endsWith(" .")) {
                Line line = Line.parse(l);
                (l.startsWith("begin ") ? begun : confirmed).put(line.index(), line);
            } else if (promise && n < lines.size() - 1 || !promise && (l.contains(" begin ") || l.contains(" confirmed "))) {
                // only the last line can be cut short by the kill; anything else garbled is a line we cannot trust
                result.broken.add("round " + round + ": the child printed a garbled line " + (n + 1) + ": "
                        + l.substring(0, Math.min(120, l.length())));
            }
        }
        for (Integer index : confirmed.keySet()) {
            if (!begun.containsKey(index)) {
                result.broken.add("round " + round + ": operation " + index + " was confirmed but its begin line is missing");
            }
        }

        Map<Long, LibraryCheck.StoredSpan> spans = Map.of();
        Set<String> stored = Set.of();
        if (!Files.exists(library)) {
            // killed before it created the library: nothing may have been confirmed
            if (!confirmed.isEmpty()) {
                result.lost.add("round " + round + ": operations confirmed but no library at " + library);
            }
            result.killedWhileStarting++;
            return;
        }
        try {
            stored = LibraryCheck.wholeArticles(library, expected);
            spans = LibraryCheck.wholeSpans(library);
        } catch (AssertionError | RuntimeException e) {
            result.broken.add("round " + round + ": " + e.getMessage());
            state = LibraryFingerprint.of(library);
            return;
        }
        LibraryFingerprint now = LibraryFingerprint.of(library);

        LibraryFingerprint before = state;
        Line interrupted = null;
        LibraryFingerprint interruptedWould = null;
        for (Line begin : begun.values()) {
            String where = "round " + round + " " + begin.kind().id() + " (operation " + begin.index() + ")";
            if (!begin.fingerprint().equals(before)) {
                result.broken.add(where + ": the library changed before it began (now/then): "
                        + begin.fingerprint().differenceFrom(before));
            }
            LibraryFingerprint would = predict(begin);
            Line done = confirmed.get(begin.index());
            if (done == null) {
                interrupted = begin;
                interruptedWould = would;
                checkExport(where, begin, false);
                break;
            }
            result.confirmed.merge(begin.kind(), 1, Integer::sum);
            if (!done.fingerprint().equals(would)) {
                result.torn.add(where + ": confirmed, but did not do all it should (done/expected): "
                        + done.fingerprint().differenceFrom(would));
            }
            promise(begin, done);
            checkExport(where, begin, true);
            before = done.fingerprint();
        }

        if (interrupted != null) {
            result.killedDuring.merge(interrupted.kind(), 1, Integer::sum);
            String where = "round " + round + " " + interrupted.kind().id() + " (operation " + interrupted.index() + ")";
            if (now.equals(interruptedWould) && !now.equals(before)) {
                result.interruptedPresent.merge(interrupted.kind(), 1, Integer::sum);
            } else if (!now.equals(before)) {
                result.torn.add(where + ": killed mid-way, the library is neither as before (now/before: "
                        + now.differenceFrom(before) + ") nor as after (now/after: " + now.differenceFrom(interruptedWould) + ")");
            }
        } else {
            if (child.printed("done")) {
                result.finishedBeforeKill++;
            } else if (begun.isEmpty()) {
                result.killedWhileStarting++;
            } else {
                result.killedBetweenOperations++;
            }
            if (!now.equals(before)) {
                result.lost.add("round " + round + ": the library is not as the last confirmed operation left it (now/then: "
                        + now.differenceFrom(before) + ")");
            }
        }

        Set<String> missing = new HashSet<>(promisedArticles);
        missing.removeAll(stored);
        if (!missing.isEmpty()) {
            result.lost.add("round " + round + ": " + missing.size() + " articles confirmed imported are missing");
            promisedArticles.removeAll(missing);
        }
        List<ChildJava.SavedSpan> wrong = new ArrayList<>();
        for (ChildJava.SavedSpan promise : promisedSpans) {
            LibraryCheck.StoredSpan got = spans.get(promise.id());
            if (got == null || !got.articleSha().equals(promise.articleSha()) || got.span().start() != promise.start()
                    || got.span().end() != promise.end() || !got.span().labelId().equals(promise.label())) {
                wrong.add(promise);
                result.lost.add("round " + round + ": span confirmed as " + promise + " is stored as " + got);
            }
        }
        promisedSpans.removeAll(wrong);
        state = now;
        clearExports();
    }

    /** The library's counts after {@code begin}'s operation, predicted from the counts before it. */
    private LibraryFingerprint predict(Line begin) {
        LibraryFingerprint before = begin.fingerprint();
        List<String> p = begin.params();
        switch (begin.kind()) {
            case IMPORT:
                return before.plus(LibraryFingerprint.ARTICLES, Long.parseLong(p.get(2)));
            case ANNOTATE:
                return p.get(0).equals("none") ? before
                        : before.plus(LibraryFingerprint.spanKey(p.get(3), CrashLoopChild.ANNOTATOR, false), 1);
            case MERGE: {
                MergeSource source = sources.get(p.get(0));
                LibraryFingerprint after = before.plus(LibraryFingerprint.ARTICLES, source.shas().size());
                for (var e : source.spansPerLabel().entrySet()) {
                    after = after.plus(LibraryFingerprint.spanKey(e.getKey(), source.coder(), false), e.getValue());
                }
                return after;
            }
            case EXPORT:
                return before;
            case RELABEL:
                return move(before, k -> k.label().equals(p.get(0)) && CODERS.contains(k.annotator()),
                        k -> new LibraryFingerprint.SpanKey(p.get(1), k.annotator(), k.reviewed()));
            case REVIEW:
                return move(before, k -> k.label().equals(p.get(0)),
                        k -> new LibraryFingerprint.SpanKey(k.label(), k.annotator(), true));
            case DELETE:
                return move(before, k -> k.label().equals(p.get(0)) && CODERS.contains(k.annotator()), k -> null);
            default:
                throw new IllegalArgumentException(begin.kind().toString());
        }
    }

    /** Moves the count of every span key {@code chosen} to the key {@code to} gives (null: gone). */
    private static LibraryFingerprint move(LibraryFingerprint before, java.util.function.Predicate<LibraryFingerprint.SpanKey> chosen,
                                           java.util.function.UnaryOperator<LibraryFingerprint.SpanKey> to) {
        LibraryFingerprint after = before;
        for (var e : before.spanCounts().entrySet()) {
            if (chosen.test(e.getKey())) {
                after = after.plus(e.getKey().key(), -e.getValue());
                LibraryFingerprint.SpanKey target = to.apply(e.getKey());
                if (target != null) {
                    after = after.plus(target.key(), e.getValue());
                }
            }
        }
        return after;
    }

    /** Remembers what a confirmed import or annotation promised. */
    private void promise(Line begin, Line done) {
        List<String> p = begin.params();
        if (begin.kind() == Kind.IMPORT) {
            int from = Integer.parseInt(p.get(0));
            for (int i = from; i < from + Integer.parseInt(p.get(1)); i++) {
                promisedArticles.add(generator.sha256(i));
                result.articlesConfirmed++;
            }
        } else if (begin.kind() == Kind.ANNOTATE && !p.get(0).equals("none")) {
            promisedSpans.add(new ChildJava.SavedSpan(Long.parseLong(done.params().get(0)), p.get(0),
                    Integer.parseInt(p.get(1)), Integer.parseInt(p.get(2)), p.get(3)));
            result.spansConfirmed++;
        }
    }

    /** An export's target is absent (only if not confirmed) or complete: every row there, each parsed back. */
    private void checkExport(String where, Line begin, boolean confirmed) {
        if (begin.kind() != Kind.EXPORT) {
            return;
        }
        Path target = Path.of(begin.params().get(1));
        long rows = Long.parseLong(begin.params().get(2));
        if (!Files.exists(target)) {
            if (confirmed) {
                result.lost.add(where + ": confirmed export " + target + " is not there");
            }
            return;
        }
        try {
            long found = begin.params().get(0).equals("spans-csv") ? csvRows(target) : jsonlRows(target);
            if (found != rows) {
                result.broken.add(where + ": export " + target + " holds " + found + " rows of " + rows);
            }
        } catch (IOException | RuntimeException e) {
            result.broken.add(where + ": export " + target + " cannot be read back: " + e.getMessage());
        }
    }

    private static long csvRows(Path file) throws IOException {
        long n = 0;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
            for (CSVRecord r : parser) {
                if (!r.isConsistent()) {
                    throw new IOException("row " + r.getRecordNumber() + " has " + r.size() + " cells");
                }
                n++;
            }
        }
        return n;
    }

    private static long jsonlRows(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        long n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            JsonNode node = json.readTree(line);
            if (node == null || !node.isObject() || !node.has("text")) {
                throw new IOException("line " + (n + 1) + " is not an article");
            }
            n++;
        }
        return n;
    }

    private void clearExports() throws IOException {
        try (Stream<Path> files = Files.list(exports)) {
            for (Path p : files.toList()) {
                if (Files.isRegularFile(p)) {
                    Files.delete(p);
                }
            }
        }
    }

    /** The starting library: articles imported and one coder's library merged. */
    private void start() throws Exception {
        try (Library lib = SqliteLibrary.open(library, true)) {
            new SchemaService(lib).ensureSchema();
            List<NewArticle> articles = generator.newArticles(0, options.startArticles());
            lib.articles().addAll(articles);
            articles.forEach(a -> promisedArticles.add(a.importRecord().sha256()));
            Path theirs = Path.of(mergeSource());
            new MergeService(lib).merge(List.of(theirs), MergeService.Listener.NONE);
            Files.delete(theirs);
        }
        state = LibraryFingerprint.of(library);
    }

    /** Makes a small coder's library to merge: new articles, each with spans of random labels. */
    private String mergeSource() throws Exception {
        Path file = options.folder().resolve("theirs-" + (merges++) + ".db");
        Files.deleteIfExists(file);
        String coder = "coder-" + random.nextInt(CODERS.size());
        List<NewArticle> articles = generator.newArticles(ARTICLES + ARTICLES_PER_MERGE * merges, ARTICLES_PER_MERGE);
        List<NewSpan> spans = new ArrayList<>();
        Map<String, Integer> perLabel = new TreeMap<>();
        try (Library lib = SqliteLibrary.open(file, true)) {
            List<String> labels = new SchemaService(lib).ensureSchema().active().stream().map(SpanLabel::id).toList();
            List<AddResult> added = lib.articles().addAll(articles);
            for (int a = 0; a < articles.size(); a++) {
                String text = articles.get(a).text();
                CodePointOffsets offsets = new CodePointOffsets(text);
                int length = text.codePointCount(0, text.length());
                for (int k = 0; k < SPANS_PER_MERGED_ARTICLE; k++) {
                    int start = random.nextInt(length - 1);
                    int end = Math.min(length, start + 1 + random.nextInt(30));
                    String label = labels.get(random.nextInt(labels.size()));
                    spans.add(new NewSpan(added.get(a).id(), label, start, end,
                            text.substring(offsets.toUtf16(start), offsets.toUtf16(end)), coder, "", Instant.now()));
                    perLabel.merge(label, 1, Integer::sum);
                }
            }
        }
        SpanBulkWriter.write(file, spans);
        List<String> shas = articles.stream().map(a -> a.importRecord().sha256()).toList();
        expected.addAll(shas);
        sources.put(file.toString(), new MergeSource(shas, coder, perLabel));
        return file.toString();
    }

    /** CPU time of this process and of its children that have ended (the killed JVMs), from /proc. */
    private static long cpuMillis() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = 0;
            for (int i = 11; i <= 14; i++) { // utime, stime, cutime, cstime (fields 14-17)
                ticks += Long.parseLong(f[i]);
            }
            return ticks * 10; // USER_HZ is 100 on Linux
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "?";
        }
    }

    /**
     * {@code bench/crash-loop [--rounds N] [--seed N] [--kinds import,annotate,...] [--folder DIR]}: runs
     * the loop and prints what it saw; exit status 1 when anything was lost, torn or broken.
     */
    public static void main(String[] args) throws Exception {
        int rounds = 1000;
        long seed = 20261202;
        List<Kind> kinds = List.of(Kind.values());
        Path folder = Path.of("bench/out/crash-loop");
        int every = 50;
        int startArticles = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--kinds" -> kinds = Arrays.stream(args[++i].split(",")).map(Kind::of).toList();
                case "--folder" -> folder = Path.of(args[++i]);
                case "--report-every" -> every = Integer.parseInt(args[++i]);
                case "--start-articles" -> startArticles = Integer.parseInt(args[++i]);
                default -> {
                    System.err.println("usage: bench/crash-loop [--rounds N] [--seed N] [--kinds "
                            + String.join(",", Arrays.stream(Kind.values()).map(Kind::id).toList())
                            + "] [--folder DIR] [--report-every N] [--start-articles N]");
                    System.exit(2);
                }
            }
        }
        Files.createDirectories(folder);
        CrashLoop loop = new CrashLoop(new Options(folder, rounds, seed, kinds, startArticles, System.out, every));
        Instant started = Instant.now();
        long cpuBefore = cpuMillis();
        Thread cutShort = new Thread(() -> { // stopped (Ctrl+C, kill): the figures so far
            loop.result.wall = Duration.between(started, Instant.now());
            loop.result.cpu = Duration.ofMillis(cpuMillis() - cpuBefore);
            loop.result.last = loop.state;
            System.out.println("stopped after " + loop.result.rounds + " rounds; the figures so far:");
            loop.result.lines().forEach(System.out::println);
        });
        Runtime.getRuntime().addShutdownHook(cutShort);
        System.out.printf("crash loop: %d rounds, seed %d, kinds %s, %d operations per child, in %s (load %s)%n",
                rounds, seed, kinds.stream().map(Kind::id).toList(), OPERATIONS_PER_CHILD, folder, loadAverage());
        Result r = loop.loop();
        Runtime.getRuntime().removeShutdownHook(cutShort);
        r.lines().forEach(System.out::println);
        System.exit(r.clean() ? 0 : 1);
    }
}
