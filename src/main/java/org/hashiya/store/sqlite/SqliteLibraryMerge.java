package org.hashiya.store.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hashiya.store.LibraryException;
import org.hashiya.store.LibraryMerge;
import org.hashiya.store.LibraryMerge.EventsOutcome;
import org.hashiya.store.LibraryMerge.RegistryOutcome;
import org.hashiya.text.IsoInstants;

/**
 * Merges by attaching each source file to MINE's connection and copying with INSERT ... SELECT, so
 * nothing is held in memory but the label lists: heap stays flat however large the libraries.
 * Sources are attached read-only before the one transaction begins (SQLite cannot attach inside
 * one); sources from an older schema are first copied to a temporary file and migrated there.
 */
final class SqliteLibraryMerge implements LibraryMerge {
    /** SQLite attaches at most 10 databases by default; one stays free. */
    static final int MAX_SOURCES = 9;
    /** Their articles per span-copying statement: one progress step. */
    private static final int ARTICLES_PER_STEP = 250;

    private final Path mine;
    private final Connection connection;

    SqliteLibraryMerge(Path mine, Connection connection) {
        this.mine = mine;
        this.connection = connection;
    }

    @Override
    public Inspection inspect(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(absolute)) {
            throw new LibraryException(Files.isDirectory(absolute) ? absolute + " is a folder, not a library file"
                    : "no library at " + absolute);
        }
        try {
            if (Files.isSameFile(absolute, mine)) {
                throw new LibraryException(absolute + " is the library being merged into");
            }
            if (Files.size(absolute) == 0) {
                throw new LibraryException(absolute + " is not a Hashiya library (an empty file)");
            }
        } catch (IOException e) {
            throw new LibraryException("cannot read library " + absolute + ": " + e.getMessage(), e);
        }
        SqliteLibrary.checkExistingFile(absolute); // not SQLite, another program's, newer: refused here
        try (Connection c = SqliteLibrary.connect(absolute, true); Statement st = c.createStatement()) {
            int version = intOf(st, "PRAGMA user_version");
            if (version < 2) {
                throw new LibraryException(absolute + " is not a Hashiya library with annotations (schema " + version + ")");
            }
            int articles = intOf(st, "SELECT count(*) FROM article");
            long spans = intOf(st, "SELECT count(*) FROM span");
            String annotator = "";
            try (ResultSet rs = st.executeQuery("SELECT annotator FROM span WHERE annotator <> ''"
                    + " GROUP BY annotator ORDER BY count(*) DESC, annotator LIMIT 1")) {
                if (rs.next()) {
                    annotator = rs.getString(1);
                }
            }
            return new Inspection(absolute, version, articles, spans, annotator);
        } catch (SQLException e) {
            throw new LibraryException(absolute + " is not a readable Hashiya library: " + Sql.reason(e), e);
        }
    }

    static int intOf(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    @Override
    public List<Outcome> merge(List<Source> sources, Progress progress) {
        if (sources.size() > MAX_SOURCES) {
            throw new LibraryException("at most " + MAX_SOURCES + " libraries can be merged at once; "
                    + sources.size() + " given");
        }
        List<Inspection> inspections = new ArrayList<>();
        for (Source source : sources) {
            inspections.add(inspect(source.file()));
        }
        List<Path> temporary = new ArrayList<>();
        List<String> attached = new ArrayList<>();
        try {
            for (int i = 0; i < sources.size(); i++) {
                Path readable = readableCopy(inspections.get(i), temporary);
                String schema = "merge_source_" + i;
                attach(readable, schema);
                attached.add(schema);
            }
            long total = inspections.stream().mapToLong(Inspection::articles).sum();
            return Sql.inTransaction(connection, "merge " + sources.size() + " libraries into " + mine, () -> {
                List<Outcome> outcomes = new ArrayList<>();
                long[] done = {0};
                for (int i = 0; i < sources.size(); i++) {
                    outcomes.add(new SourceMerge(connection, attached.get(i), sources.get(i), inspections.get(i))
                            .run(articles -> progress.step(done[0] += articles, total)));
                }
                return outcomes;
            });
        } finally {
            for (String schema : attached) {
                detach(schema);
            }
            for (Path copy : temporary) {
                deleteQuietly(copy);
            }
        }
    }

    /**
     * The file itself when its schema is this version's, else a migrated temporary copy: merging
     * never writes to a source.
     */
    private static Path readableCopy(Inspection inspection, List<Path> temporary) {
        Path file = inspection.file();
        boolean current;
        try (Connection c = SqliteLibrary.connect(file, true); Statement st = c.createStatement()) {
            current = inspection.schemaVersion() == Migrations.latestVersion() && !hasSkippedVersions(st);
            if (current) {
                return file;
            }
            Path copy = Files.createTempFile("hashiya-merge-", ".db");
            Files.delete(copy);
            temporary.add(copy);
            st.execute("VACUUM INTO '" + copy.toString().replace("'", "''") + "'");
            SqliteLibrary.open(copy, false).close();
            return copy;
        } catch (SQLException e) {
            throw new LibraryException("cannot read library " + file + ": " + Sql.reason(e), e);
        } catch (IOException e) {
            throw new LibraryException("cannot make a temporary copy of " + file + " to migrate: " + e.getMessage(), e);
        }
    }

    private static boolean hasSkippedVersions(Statement st) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT count(*) FROM setting WHERE key = '"
                + SchemaMigrator.SKIPPED_SETTING + "'")) {
            return rs.getInt(1) > 0;
        }
    }

    private void attach(Path file, String schema) {
        // read-only: the transaction's write lock must not reach the source, nor a write of ours
        String uri = file.toUri().toString().replace("?", "%3f").replace("#", "%23") + "?mode=ro";
        try (PreparedStatement st = connection.prepareStatement("ATTACH DATABASE ? AS " + schema)) {
            st.setString(1, uri);
            st.execute();
        } catch (SQLException e) {
            throw new LibraryException("cannot read library " + file + ": " + Sql.reason(e), e);
        }
    }

    private void detach(String schema) {
        try (Statement st = connection.createStatement()) {
            st.execute("DETACH DATABASE " + schema);
        } catch (SQLException e) {
            // the connection stays usable; the attachment ends with it
        }
    }

    private static void deleteQuietly(Path file) {
        for (String suffix : List.of("", "-wal", "-shm")) {
            try {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            } catch (IOException ignored) {
                // a temporary file; the system cleans its temporary folder
            }
        }
    }

    /** One source's part of the merge, inside the transaction. */
    private static final class SourceMerge {
        private final Connection connection;
        private final String theirs;
        private final Source source;
        private final Inspection inspection;
        private final String now = IsoInstants.format(Instant.now());
        /** Articles of the last span-copying step: told after the events and registry entries. */
        private long lastStep;

        SourceMerge(Connection connection, String theirs, Source source, Inspection inspection) {
            this.connection = connection;
            this.theirs = theirs;
            this.source = source;
            this.inspection = inspection;
        }

        interface Step {
            void articlesDone(long articles);
        }

        Outcome run(Step step) throws SQLException {
            MergeLabels.Result labels = new MergeLabels(connection, theirs).run();
            int[] articles = mapArticles();
            long[] spans = copySpans(step);
            int[] codings = copyCodings();
            mapLinkedSpans();
            RegistryOutcome registry = new MergeRegistry(connection, theirs).run();
            EventsOutcome events = new MergeEvents(connection, theirs).run();
            try (Statement st = connection.createStatement()) {
                st.execute("DROP TABLE temp.merge_span");
                st.execute("DROP TABLE temp.merge_article");
                st.execute("DROP TABLE temp.merge_label");
            }
            step.articlesDone(lastStep);
            return new Outcome(inspection.file(), source.owner(), articles[0], articles[1], spans[0], spans[1],
                    codings[0], codings[1], labels.added(), labels.clashes(), events, registry);
        }

        /**
         * temp.merge_span: their span id to MINE's, for the spans their events and registry links
         * name. MINE's copy has the span's UUID, or else (a span MINE had under another UUID) the
         * same article, label, start, end and annotator.
         */
        private void mapLinkedSpans() throws SQLException {
            try (Statement st = connection.createStatement()) {
                st.execute("CREATE TEMP TABLE merge_span (their_id INTEGER PRIMARY KEY, my_id INTEGER NOT NULL)");
            }
            try (PreparedStatement st = connection.prepareStatement("INSERT INTO temp.merge_span SELECT their_id, my_id"
                    + " FROM (SELECT s.id AS their_id, coalesce((SELECT u.id FROM main.span u WHERE u.uuid = s.uuid),"
                    + " (SELECT min(k.id) FROM main.span k WHERE k.article_id = x.my_id AND k.start_cp = s.start_cp"
                    + " AND k.end_cp = s.end_cp AND k.label_id = l.my_id"
                    + " AND k.annotator = CASE WHEN s.annotator = '' THEN ? ELSE s.annotator END)) AS my_id"
                    + " FROM " + theirs + ".span s JOIN temp.merge_article x ON x.their_id = s.article_id"
                    + " JOIN temp.merge_label l ON l.their_id = s.label_id WHERE s.id IN (SELECT trigger_span_id FROM "
                    + theirs + ".event UNION SELECT filler_span_id FROM " + theirs + ".event_argument"
                    + " UNION SELECT span_id FROM " + theirs + ".span_entry)) WHERE my_id IS NOT NULL")) {
                st.setString(1, source.owner());
                st.executeUpdate();
            }
        }

        /** temp.merge_article: their id, mine; new ones added. Returns {new, matched}. */
        private int[] mapArticles() throws SQLException {
            try (Statement st = connection.createStatement()) {
                st.execute("CREATE TEMP TABLE merge_article (their_id INTEGER PRIMARY KEY, my_id INTEGER, added INTEGER)");
                st.execute("INSERT INTO temp.merge_article SELECT t.id, m.id, m.id IS NULL FROM " + theirs
                        + ".article t LEFT JOIN main.article m ON m.sha256 = t.sha256");
                // in their order; status, relevance, note and tags of MINE's copy stay unset: theirs
                // become their coding. search_indexed 0: the program indexes them (SearchService).
                int added = st.executeUpdate("INSERT INTO main.article (text, length, sha256, title, source, url,"
                        + " published, source_path, encoding, imported_at) SELECT t.text, t.length, t.sha256, t.title,"
                        + " t.source, t.url, t.published, t.source_path, t.encoding, t.imported_at FROM " + theirs
                        + ".article t JOIN temp.merge_article x ON x.their_id = t.id WHERE x.added ORDER BY t.id");
                st.executeUpdate("UPDATE temp.merge_article SET my_id = (SELECT m.id FROM main.article m JOIN "
                        + theirs + ".article t ON t.sha256 = m.sha256 WHERE t.id = their_id) WHERE added");
                int matched = intOf(st, "SELECT count(*) FROM temp.merge_article WHERE NOT added");
                return new int[] {added, matched};
            }
        }

        /** Their spans, a range of their articles at a time. Returns {added, already there}. */
        private long[] copySpans(Step step) throws SQLException {
            String annotator = "CASE WHEN s.annotator = '' THEN ? ELSE s.annotator END";
            String sql = "INSERT INTO main.span (article_id, label_id, start_cp, end_cp, text, annotator, created_at,"
                    + " updated_at, note, reviewed_by, reviewed_at, uuid)"
                    + " SELECT x.my_id, l.my_id, s.start_cp, s.end_cp, s.text, " + annotator + ", s.created_at,"
                    + " s.updated_at, s.note, s.reviewed_by, s.reviewed_at, s.uuid"
                    + " FROM " + theirs + ".span s JOIN temp.merge_article x ON x.their_id = s.article_id"
                    + " JOIN temp.merge_label l ON l.their_id = s.label_id"
                    + " WHERE s.article_id >= ? AND s.article_id < ?"
                    + " AND NOT EXISTS (SELECT 1 FROM main.span u WHERE u.uuid = s.uuid)"
                    + " AND NOT EXISTS (SELECT 1 FROM main.span k WHERE k.article_id = x.my_id AND k.start_cp = s.start_cp"
                    + " AND k.end_cp = s.end_cp AND k.label_id = l.my_id AND k.annotator = " + annotator + ")"
                    + " ORDER BY s.article_id, s.id";
            long added = 0;
            List<Long> bounds = new ArrayList<>();
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery("SELECT id FROM " + theirs + ".article ORDER BY id")) {
                int n = 0;
                while (rs.next()) {
                    if (n++ % ARTICLES_PER_STEP == 0) {
                        bounds.add(rs.getLong(1));
                    }
                }
            }
            bounds.add(Long.MAX_VALUE);
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                for (int i = 0; i + 1 < bounds.size(); i++) {
                    insert.setString(1, source.owner());
                    insert.setString(4, source.owner());
                    insert.setLong(2, bounds.get(i));
                    insert.setLong(3, bounds.get(i + 1));
                    added += insert.executeUpdate();
                    long articles = Math.min(ARTICLES_PER_STEP, inspection.articles() - (long) i * ARTICLES_PER_STEP);
                    if (i + 2 < bounds.size()) {
                        step.articlesDone(articles);
                    } else {
                        lastStep = articles; // told when their events and registry are in too
                    }
                }
            }
            return new long[] {added, inspection.spans() - added};
        }

        /**
         * Their own article annotations under the source's owner, and the codings they merged from
         * others under those coders' names; one already there (same article and coder) stays, and
         * one identical to MINE's own annotation of the article is the same judgement, not added.
         * Returns {added, already there}.
         */
        private int[] copyCodings() throws SQLException {
            String theirTags = "coalesce((SELECT group_concat(tag, char(10)) FROM (SELECT tag FROM " + theirs
                    + ".article_tag g WHERE g.article_id = t.id ORDER BY tag)), '')";
            String myTags = "coalesce((SELECT group_concat(tag, char(10)) FROM (SELECT tag FROM main.article_tag g"
                    + " WHERE g.article_id = m.id ORDER BY tag)), '')";
            String own = " FROM " + theirs + ".article t JOIN temp.merge_article x ON x.their_id = t.id"
                    + " JOIN main.article m ON m.id = x.my_id"
                    + " WHERE (t.status <> 'new' OR t.relevance IS NOT NULL OR t.note <> '' OR " + theirTags + " <> '')"
                    + " AND NOT (t.status = m.status AND t.relevance IS m.relevance AND t.note = m.note AND "
                    + theirTags + " = " + myTags + ")";
            String others = " FROM " + theirs + ".article_coding c JOIN temp.merge_article x ON x.their_id = c.article_id"
                    + " WHERE true"; // an upsert after SELECT ... JOIN needs a WHERE (SQLite parsing)
            int candidates;
            int added;
            try (PreparedStatement count = connection.prepareStatement(
                    "SELECT (SELECT count(*)" + own + ") + (SELECT count(*)" + others + ")");
                 PreparedStatement insertOwn = connection.prepareStatement("INSERT INTO main.article_coding"
                         + " (article_id, annotator, status, relevance, tags, note, merged_at) SELECT x.my_id, ?, t.status,"
                         + " t.relevance, " + theirTags + ", t.note, ?" + own + " ORDER BY t.id ON CONFLICT DO NOTHING");
                 PreparedStatement insertOthers = connection.prepareStatement("INSERT INTO main.article_coding"
                         + " (article_id, annotator, status, relevance, tags, note, merged_at) SELECT x.my_id, c.annotator,"
                         + " c.status, c.relevance, c.tags, c.note, c.merged_at" + others
                         + " ORDER BY c.article_id, c.annotator ON CONFLICT DO NOTHING")) {
                try (ResultSet rs = count.executeQuery()) {
                    candidates = rs.getInt(1);
                }
                insertOwn.setString(1, source.owner());
                insertOwn.setString(2, now);
                added = insertOwn.executeUpdate() + insertOthers.executeUpdate();
            }
            return new int[] {added, candidates - added};
        }
    }
}
