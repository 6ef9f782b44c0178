package org.hashiya.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.hashiya.domain.NewArticle;
import org.hashiya.service.search.IndexListener;
import org.hashiya.service.search.SearchService;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.hashiya.text.ArabicPhraseMatcher;
import org.hashiya.text.PhraseMatch;
import org.hashiya.text.SearchIndexText;

/**
 * Library search at 100,000 articles: the shipped SQLite FTS5 index against a Lucene index of the
 * same normalized copies (lucene-core, already in the jar through analysis-common), and against no
 * index at all (every article read and matched). Each way answers "the first 100 hits" the same
 * way: candidates by ascending article id, each verified by {@link ArabicPhraseMatcher} on the
 * stored text. Reports build time, index size and query time per query.
 *
 * <p>{@code bench/search [--articles N] [--reps N] [--out DIR]}.
 */
public final class SearchBenchmarks {
    static final int FIRST_HITS = 100;
    /** Common word, common phrase, a dateline city (~1 article in 16), one article's number, a phrase found nowhere. */
    static final List<String> QUERIES = List.of("التحالف", "الولايات المتحدة", "الخرطوم", "٧٧٧٧", "المتحدة التحالف");

    private final int articles;
    private final int warmups;
    private final int reps;
    private final Path out;
    private final long seed;
    private final Report report = new Report();

    SearchBenchmarks(int articles, int warmups, int reps, Path out, long seed) {
        this.articles = articles;
        this.warmups = warmups;
        this.reps = reps;
        this.out = out;
        this.seed = seed;
    }

    public static void main(String[] args) throws Exception {
        int articles = 100_000;
        int reps = 5;
        Path out = Path.of("bench/out");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--articles" -> articles = Integer.parseInt(args[++i]);
                case "--reps" -> reps = Integer.parseInt(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (use --articles N, --reps N, --out DIR)");
            }
        }
        Report report = new SearchBenchmarks(articles, 1, reps, out, 42).run();
        System.out.println(report.markdown());
        Files.writeString(out.resolve("search-run.md"), report.markdown());
        System.exit(0);
    }

    Report run() throws Exception {
        Files.createDirectories(out);
        Path library = out.resolve("lib-search-" + seed + "-" + articles + ".db");
        importWithIndex(library);
        buildFts(library);
        Path lucene = out.resolve("lucene-" + seed + "-" + articles);
        buildLucene(library, lucene);
        try (Library lib = SqliteLibrary.open(library, false);
             FSDirectory dir = FSDirectory.open(lucene);
             DirectoryReader reader = DirectoryReader.open(dir);
             Connection texts = DriverManager.getConnection("jdbc:sqlite:" + library)) {
            SearchService fts = new SearchService(lib);
            LuceneSearch luc = new LuceneSearch(new IndexSearcher(reader), texts);
            for (String query : QUERIES) {
                int[] hits = new int[1];
                report.add(queryRow("FTS5: first 100 hits «" + query + "»", query, () ->
                        hits[0] = fts.search(query, FIRST_HITS).size()).withNote(hits[0] + " hits"));
                int[] lhits = new int[1];
                report.add(queryRow("Lucene: first 100 hits «" + query + "»", query, () ->
                        lhits[0] = luc.first(query, FIRST_HITS)).withNote(lhits[0] + " hits"));
                check(hits[0] == lhits[0], "FTS5 and Lucene disagree on «" + query + "»: " + hits[0] + " vs " + lhits[0]);
                int[] shits = new int[1];
                report.add(queryRow("no index: first 100 hits «" + query + "»", query, () ->
                        shits[0] = scanFirst(texts, query, FIRST_HITS)).withNote(shits[0] + " hits"));
                check(hits[0] == shits[0], "index and scan disagree on «" + query + "»: " + hits[0] + " vs " + shits[0]);
            }
        }
        return report;
    }

    /** Imports the generated articles through the store, each with its index entry in the same transaction. */
    private void importWithIndex(Path library) throws Exception {
        if (Files.exists(library)) {
            return;
        }
        progress("importing " + articles + " articles with their index entries");
        ArticleGenerator generator = new ArticleGenerator(seed, ArticleGenerator.Sizes.AROUND_5KB);
        long start = System.nanoTime();
        try (Library lib = SqliteLibrary.open(library, true)) {
            for (int from = 0; from < articles; from += 1000) {
                List<NewArticle> batch = generator.newArticles(from, Math.min(1000, articles - from));
                lib.articles().addAll(batch);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        report.add(new Row("import with FTS5 index (store.addAll, 1,000 a commit)", articles, "articles",
                new Timing.Stats(new double[] {seconds}, 0), articles, "articles", null, null,
                "generation included; once"));
    }

    /** Empties the FTS5 index and rebuilds it as a library from before the index would be. */
    private void buildFts(Path library) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + library); Statement st = c.createStatement()) {
            st.execute("INSERT INTO article_search (article_search) VALUES ('delete-all')");
            st.execute("UPDATE article SET search_indexed = 0");
            st.execute("VACUUM");
        }
        progress("building the FTS5 index");
        long start = System.nanoTime();
        try (Library lib = SqliteLibrary.open(library, false)) {
            new SearchService(lib).buildIndex(IndexListener.NONE, () -> false);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long indexBytes;
        long fileBytes;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + library); Statement st = c.createStatement()) {
            st.execute("VACUUM");
            try (ResultSet rs = st.executeQuery(
                    "SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'article_search%' OR name = 'article_not_indexed'")) {
                indexBytes = rs.getLong(1);
            }
        }
        fileBytes = Files.size(library);
        report.add(new Row("FTS5: build index of a library made before it (" + Report.mb(indexBytes) + " index, "
                + Report.mb(fileBytes) + " library)", articles, "articles", new Timing.Stats(new double[] {seconds}, 0),
                articles, "articles", null, null, "SearchService.buildIndex, 500 a commit; once"));
    }

    private void buildLucene(Path library, Path folder) throws Exception {
        deleteTree(folder);
        progress("building the Lucene index");
        long start = System.nanoTime();
        IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer())
                .setIndexSort(new Sort(new SortField("id", SortField.Type.LONG)))
                .setRAMBufferSizeMB(128);
        try (FSDirectory dir = FSDirectory.open(folder); IndexWriter writer = new IndexWriter(dir, config);
             Connection c = DriverManager.getConnection("jdbc:sqlite:" + library);
             PreparedStatement st = c.prepareStatement("SELECT id, text FROM article ORDER BY id");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                Document doc = new Document();
                doc.add(new NumericDocValuesField("id", rs.getLong(1)));
                doc.add(new TextField("words", SearchIndexText.of(rs.getString(2)), Field.Store.NO));
                writer.addDocument(doc);
            }
            writer.forceMerge(1);
            writer.commit();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long bytes;
        try (Stream<Path> files = Files.walk(folder)) {
            bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        report.add(new Row("Lucene: build index (" + Report.mb(bytes) + " index folder)", articles, "articles",
                new Timing.Stats(new double[] {seconds}, 0), articles, "articles", null, null,
                "same normalized copies, positions, sorted by id, merged to one segment; once"));
    }

    private Row queryRow(String what, String query, Timing.Operation op) throws Exception {
        Timing.Stats stats = Timing.measure(warmups, reps, op);
        boolean met = stats.median() < 0.1;
        return new Row(what, articles, "articles", stats, 1, "queries", "< 100 ms (GUI, warm)", met, "");
    }

    /** No index: read every article in id order and match it, until enough hits. */
    static int scanFirst(Connection texts, String query, int limit) throws Exception {
        ArabicPhraseMatcher matcher = ArabicPhraseMatcher.compile(query);
        int hits = 0;
        try (PreparedStatement st = texts.prepareStatement("SELECT id, text FROM article ORDER BY id");
             ResultSet rs = st.executeQuery()) {
            while (rs.next() && hits < limit) {
                hits += Math.min(limit - hits, matcher.findAll(rs.getString(2)).size());
            }
        }
        return hits;
    }

    /** The Lucene way to the first hits: phrase query on the index keys, sorted by id, verified on the text. */
    static final class LuceneSearch {
        private final IndexSearcher searcher;
        private final PreparedStatement text;

        LuceneSearch(IndexSearcher searcher, Connection texts) throws Exception {
            this.searcher = searcher;
            this.text = texts.prepareStatement("SELECT text FROM article WHERE id = ?");
        }

        int first(String queryText, int limit) throws Exception {
            ArabicPhraseMatcher matcher = ArabicPhraseMatcher.compile(queryText);
            List<String> terms = SearchIndexText.terms(matcher);
            Query query;
            if (terms.size() == 1) {
                query = new TermQuery(new Term("words", terms.get(0)));
            } else {
                PhraseQuery.Builder phrase = new PhraseQuery.Builder();
                terms.forEach(t -> phrase.add(new Term("words", t)));
                query = phrase.build();
            }
            Sort byId = new Sort(new SortField("id", SortField.Type.LONG));
            int hits = 0;
            ScoreDoc after = null;
            while (hits < limit) {
                TopDocs page = after == null ? searcher.search(query, 64, byId)
                        : searcher.searchAfter(after, query, 64, byId);
                if (page.scoreDocs.length == 0) {
                    break;
                }
                for (ScoreDoc doc : page.scoreDocs) {
                    long id = (Long) ((FieldDoc) doc).fields[0];
                    text.setLong(1, id);
                    try (ResultSet rs = text.executeQuery()) {
                        List<PhraseMatch> found = matcher.findAll(rs.getString(1));
                        hits += Math.min(limit - hits, found.size());
                    }
                    if (hits >= limit) {
                        break;
                    }
                    after = doc;
                }
            }
            return hits;
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalStateException(message);
        }
    }

    private static void progress(String message) {
        System.err.println(String.format(Locale.ROOT, "[search bench] %s", message));
    }
}
