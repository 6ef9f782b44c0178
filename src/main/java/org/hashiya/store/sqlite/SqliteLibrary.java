package org.hashiya.store.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.function.Supplier;
import org.hashiya.store.AnnotatedImportRepository;
import org.hashiya.store.ArticleAnnotationRepository;
import org.hashiya.store.ArticleRepository;
import org.hashiya.store.EventRepository;
import org.hashiya.store.LabelRepository;
import org.hashiya.store.Library;
import org.hashiya.store.LibraryMerge;
import org.hashiya.store.LibraryException;
import org.hashiya.store.RegistryRepository;
import org.hashiya.store.EventReviewRepository;
import org.hashiya.store.ReviewRepository;
import org.hashiya.store.SearchIndexRepository;
import org.hashiya.store.SelectionRepository;
import org.hashiya.store.SettingsRepository;
import org.hashiya.store.StatisticsRepository;
import org.hashiya.store.SpanRepository;
import org.sqlite.SQLiteConfig;

/**
 * A library file. Opening checks that the file is a Hashiya library of a version this program
 * understands before writing a single byte to it, then brings the schema up to date (after a
 * backup copy next to the file).
 */
public final class SqliteLibrary implements Library {
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    static final int BUSY_TIMEOUT_MS = 15_000;

    static {
        SqliteNativeLibrary.useCachedCopy(); // before sqlite-jdbc loads its native library
    }

    private final Path file;
    private final Connection connection;
    private final SqliteArticleRepository articles;
    private final SqliteSettingsRepository settings;
    private final SqliteLabelRepository labels;
    private final SqliteSpanRepository spans;
    private final SqliteArticleAnnotationRepository articleAnnotations;
    private final SqliteSelectionRepository selection;
    private final SqliteStatisticsRepository statistics;
    private final SqliteAnnotatedImportRepository annotatedImports;
    private final SqliteReviewRepository review;
    private final SqliteSearchIndex searchIndex;
    private final SqliteEventRepository events;
    private final SqliteLibraryMerge merges;
    private final SqliteRegistryRepository registry;
    private final SqliteEventReviewRepository eventReview;

    private SqliteLibrary(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
        this.articles = new SqliteArticleRepository(connection);
        this.settings = new SqliteSettingsRepository(connection);
        this.labels = new SqliteLabelRepository(connection);
        this.spans = new SqliteSpanRepository(connection);
        this.articleAnnotations = new SqliteArticleAnnotationRepository(connection);
        this.selection = new SqliteSelectionRepository(this::openReader);
        this.statistics = new SqliteStatisticsRepository(this::openReader);
        this.annotatedImports = new SqliteAnnotatedImportRepository(connection);
        this.review = new SqliteReviewRepository(connection, this::openReader);
        this.events = new SqliteEventRepository(connection);
        this.searchIndex = new SqliteSearchIndex(connection, this::openReader);
        this.merges = new SqliteLibraryMerge(file, connection);
        this.registry = new SqliteRegistryRepository(connection);
        this.eventReview = new SqliteEventReviewRepository(this::openReader);
    }

    /** A second connection for long reads (exports), so they never hold up the main connection's writes. */
    private Connection openReader() {
        Connection reader = connect(file, false);
        try {
            configure(reader);
            return reader;
        } catch (SQLException e) {
            closeQuietly(reader);
            throw new LibraryException("cannot read library " + file + ": " + Sql.reason(e), e);
        }
    }

    /**
     * Loads the SQLite driver and its native library, which takes a few hundred milliseconds the
     * first time; the workbench does it on a background thread while the window is built.
     */
    public static void warmUp() {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            c.isValid(1);
        } catch (SQLException e) {
            // The real open reports any problem with its file name; nothing to say here.
        }
    }

    /** Opens an existing library, or creates it when {@code createIfMissing}. */
    public static SqliteLibrary open(Path file, boolean createIfMissing) {
        Path absolute = file.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            throw new LibraryException(absolute + " is a folder, not a library file");
        }
        boolean exists = Files.exists(absolute);
        if (!exists && !createIfMissing) {
            throw new LibraryException("no library at " + absolute);
        }
        if (exists) {
            rollBackInterruptedWrite(absolute);
            checkExistingFile(absolute);
        } else {
            createParentFolder(absolute);
        }
        Connection connection = connect(absolute, false);
        try {
            configure(connection);
            DeferredSpanIndexes.restoreIfLeftSuspended(connection); // an import that died left them off
            new SchemaMigrator(connection, absolute).migrate();
            return new SqliteLibrary(absolute, connection);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new LibraryException("cannot open library " + absolute + ": " + Sql.reason(e), e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /**
     * A Hashiya library left with a hot rollback journal (the program died while a bulk import
     * built its indexes, which it does with a rollback journal: see DeferredSpanIndexes) is
     * rolled back by SQLite on the first read of a connection that may write; a read-only one
     * cannot, and refuses the file. So such a library is read once for writing first. Only a file
     * whose header carries Hashiya's application id is touched.
     */
    private static void rollBackInterruptedWrite(Path file) {
        Path journal = file.resolveSibling(file.getFileName() + "-journal");
        try {
            if (!Files.isRegularFile(journal) || Files.size(journal) == 0 || !hashiyaHeader(file)) {
                return;
            }
        } catch (IOException e) {
            return; // checkExistingFile says what is wrong with the file
        }
        try (Connection c = connect(file, false); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA schema_version")) {
            rs.next();
        } catch (SQLException | LibraryException e) {
            // checkExistingFile reports it
        }
    }

    /** True when the file's database header names Hashiya (application id at offset 68). */
    private static boolean hashiyaHeader(Path file) throws IOException {
        byte[] header = new byte[100];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(header, 0, header.length) < header.length || !Arrays.equals(
                    Arrays.copyOf(header, SQLITE_HEADER.length), SQLITE_HEADER)) {
                return false;
            }
        }
        return java.nio.ByteBuffer.wrap(header, 68, 4).getInt() == Migrations.APPLICATION_ID;
    }

    /** Reads header, application id and schema version without writing anything. */
    static void checkExistingFile(Path file) {
        if (!Files.isReadable(file)) {
            throw new LibraryException("cannot read library " + file + ": permission denied");
        }
        long size;
        byte[] head = new byte[SQLITE_HEADER.length];
        try (InputStream in = Files.newInputStream(file)) {
            size = Files.size(file);
            int read = in.readNBytes(head, 0, head.length);
            if (size == 0) {
                return; // an empty file is a new library, as SQLite itself treats it
            }
            if (read < head.length || !Arrays.equals(head, SQLITE_HEADER)) {
                throw new LibraryException(file + " is not a Hashiya library (not an SQLite database)");
            }
        } catch (IOException e) {
            throw new LibraryException("cannot read library " + file + ": " + e.getMessage(), e);
        }
        try (Connection readOnly = connect(file, true); Statement st = readOnly.createStatement()) {
            int applicationId = intPragma(st, "application_id");
            int userVersion = intPragma(st, "user_version");
            int tables;
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master")) {
                tables = rs.getInt(1);
            }
            if (applicationId != Migrations.APPLICATION_ID && (applicationId != 0 || tables > 0)) {
                throw new LibraryException(file + " is not a Hashiya library (an SQLite database of another program)");
            }
            if (userVersion > Migrations.latestVersion()) {
                throw new LibraryException(file + " was written by a newer version of Hashiya (schema "
                        + userVersion + "; this version reads up to " + Migrations.latestVersion()
                        + "): update Hashiya to open it");
            }
        } catch (SQLException e) {
            throw new LibraryException(file + " is not a readable Hashiya library: " + Sql.reason(e), e);
        }
    }

    private static int intPragma(Statement st, String name) throws SQLException {
        try (ResultSet rs = st.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static void createParentFolder(Path file) {
        try {
            Path parent = file.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new LibraryException("cannot create folder for library " + file + ": " + e.getMessage(), e);
        }
    }

    static Connection connect(Path file, boolean readOnly) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(readOnly);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        if (!readOnly) {
            // Every transaction here writes: take the write lock at BEGIN, where the busy timeout
            // waits for it, rather than on upgrade from read, where SQLite must fail at once.
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        }
        try {
            return DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
        } catch (SQLException e) {
            throw new LibraryException("cannot open library " + file + ": " + Sql.reason(e), e);
        }
    }

    private static void configure(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
            st.execute("PRAGMA journal_mode = WAL");
            st.execute("PRAGMA foreign_keys = ON");
            // FULL: a commit the user saw is on disk even if the machine, not just the program, dies.
            st.execute("PRAGMA synchronous = FULL");
            // Statement journals in memory, not in temporary files: a statement that fires a
            // trigger (every span insert does) needs one, and creating, writing and deleting a
            // file for each made an import of 250,000 spans 3.5 times slower (11.1 s against 3.2 s).
            st.execute("PRAGMA temp_store = MEMORY");
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // already failing; the first error is the one to report
        }
    }

    @Override
    public LibraryMerge merges() {
        return merges;
    }

    @Override
    public <T> T inTransaction(String what, Supplier<T> work) {
        return Sql.inTransaction(connection, what, work::get);
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public ArticleRepository articles() {
        return articles;
    }

    @Override
    public SettingsRepository settings() {
        return settings;
    }

    @Override
    public LabelRepository labels() {
        return labels;
    }

    @Override
    public SpanRepository spans() {
        return spans;
    }

    @Override
    public ArticleAnnotationRepository articleAnnotations() {
        return articleAnnotations;
    }

    @Override
    public SelectionRepository selection() {
        return selection;
    }

    @Override
    public StatisticsRepository statistics() {
        return statistics;
    }

    @Override
    public AnnotatedImportRepository annotatedImports() {
        return annotatedImports;
    }

    @Override
    public ReviewRepository review() {
        return review;
    }

    @Override
    public EventRepository events() {
        return events;
    }

    @Override
    public EventReviewRepository eventReview() {
        return eventReview;
    }

    @Override
    public SearchIndexRepository searchIndex() {
        return searchIndex;
    }

    @Override
    public RegistryRepository registry() {
        return registry;
    }

    @Override
    public void close() {
        try {
            review.close();
            eventReview.close();
        } finally {
            synchronized (connection) {
                try {
                    connection.close();
                } catch (SQLException e) {
                    throw new LibraryException("cannot close library " + file + ": " + Sql.reason(e), e);
                }
            }
        }
    }
}
