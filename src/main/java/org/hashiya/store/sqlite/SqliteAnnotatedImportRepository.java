package org.hashiya.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hashiya.domain.NewAnnotatedArticle;
import org.hashiya.domain.NewEvent;
import org.hashiya.domain.NewArticle;
import org.hashiya.domain.Span;
import org.hashiya.domain.SpanUuid;
import org.hashiya.text.IsoInstants;
import org.hashiya.store.AnnotatedImportRepository;

final class SqliteAnnotatedImportRepository implements AnnotatedImportRepository {
    private final Connection connection;

    SqliteAnnotatedImportRepository(Connection connection) {
        this.connection = connection;
    }

    @Override
    public List<Stored> storeAll(List<NewAnnotatedArticle> batch) {
        return store(batch, false, new HashMap<>());
    }

    @Override
    public BulkLoad bulkLoad() {
        long spansBefore = Sql.read(connection, "count spans", () -> {
            try (java.sql.Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM span")) {
                return rs.getLong(1);
            }
        });
        return new Load(spansBefore);
    }

    /**
     * A load that puts the span indexes off once it has brought {@link #DEFER_AT} spans and at
     * least as many as the library held before: then sorting every index once at the end costs
     * less than keeping them sorted row by row.
     */
    private final class Load implements BulkLoad {
        private final long spansBefore;
        /** Incident key to incident id, for the whole load: one import's keys name one incident each. */
        private Map<String, Long> incidents = new HashMap<>();
        private long spansArrived;
        private boolean deferred;

        Load(long spansBefore) {
            this.spansBefore = spansBefore;
        }

        @Override
        public List<Stored> storeAll(List<NewAnnotatedArticle> articles) {
            long arriving = spansArrived;
            for (NewAnnotatedArticle article : articles) {
                arriving += article.spans().size();
            }
            boolean deferNow = !deferred && arriving >= DEFER_AT && arriving >= spansBefore;
            Map<String, Long> before = new HashMap<>(incidents);
            List<Stored> stored;
            try {
                stored = store(articles, deferNow, incidents);
            } catch (RuntimeException e) {
                incidents = before; // the incidents made in the transaction were rolled back with it
                throw e;
            }
            spansArrived = arriving;
            deferred |= deferNow;
            return stored;
        }

        @Override
        public void close() {
            if (deferred) {
                DeferredSpanIndexes.restore(connection);
            }
        }
    }

    /** Spans an import brings before its load may put the span indexes off. */
    static final long DEFER_AT = 50_000;

    private List<Stored> store(List<NewAnnotatedArticle> batch, boolean deferIndexesFirst, Map<String, Long> incidents) {
        return Sql.inTransaction(connection, "store annotated articles", () -> {
            if (deferIndexesFirst) {
                DeferredSpanIndexes.suspend(connection);
            }
            List<Stored> results = new ArrayList<>(batch.size());
            try (PreparedStatement findArticle = connection.prepareStatement("SELECT id FROM article WHERE sha256 = ?");
                 PreparedStatement insertArticle = connection.prepareStatement("""
                         INSERT INTO article (text, length, sha256, title, source, url, published, source_path,
                                              encoding, imported_at, status, relevance, note, search_indexed)
                         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""");
                 PreparedStatement index = connection.prepareStatement(SqliteSearchIndex.INSERT);
                 PreparedStatement insertTag = connection.prepareStatement(
                         "INSERT OR IGNORE INTO article_tag (article_id, tag) VALUES (?, ?)");
                 PreparedStatement lastId = connection.prepareStatement("SELECT last_insert_rowid()");
                 PreparedStatement existingSpans = connection.prepareStatement(
                         "SELECT label_id, start_cp, end_cp, annotator, id FROM span WHERE article_id = ?");
                 SpanInserts insertSpans = new SpanInserts(connection);
                 EventWriter events = new EventWriter()) {
                for (NewAnnotatedArticle incoming : batch) {
                    NewArticle article = incoming.article();
                    Long existing = null;
                    findArticle.setString(1, article.importRecord().sha256());
                    try (ResultSet rs = findArticle.executeQuery()) {
                        if (rs.next()) {
                            existing = rs.getLong(1);
                        }
                    }
                    long id;
                    Set<SpanKey> there = new HashSet<>();
                    // only when events name spans: where each incoming span ended up
                    boolean eventsComing = !incoming.events().isEmpty();
                    Map<SpanKey, Long> existingIds = eventsComing ? new HashMap<>() : Map.of();
                    if (existing == null) {
                        bindArticle(insertArticle, incoming);
                        insertArticle.executeUpdate();
                        try (ResultSet rs = lastId.executeQuery()) {
                            id = rs.getLong(1);
                        }
                        SqliteSearchIndex.add(index, id, article.text()); // committed with the article
                        for (String tag : incoming.tags()) {
                            insertTag.setLong(1, id);
                            insertTag.setString(2, tag);
                            insertTag.executeUpdate();
                        }
                    } else {
                        id = existing;
                        existingSpans.setLong(1, id);
                        try (ResultSet rs = existingSpans.executeQuery()) {
                            while (rs.next()) {
                                SpanKey key = new SpanKey(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4));
                                there.add(key);
                                if (eventsComing) {
                                    existingIds.putIfAbsent(key, rs.getLong(5));
                                }
                            }
                        }
                    }
                    int added = 0;
                    int already = 0;
                    SpanPlaces places = eventsComing ? new SpanPlaces(incoming.spans().size(), existingIds) : null;
                    for (int i = 0; i < incoming.spans().size(); i++) {
                        Span span = incoming.spans().get(i);
                        // a span that brings its UUID is the same span as the stored one with it (the
                        // insert does nothing then); one without is known by article, label, offsets, annotator
                        SpanKey key = new SpanKey(span.labelId(), span.start(), span.end(), span.annotator());
                        boolean firstOfKey = there.add(key);
                        if (!firstOfKey && span.uuid().isEmpty()) {
                            already++;
                            if (places != null) {
                                places.keys[i] = key;
                            }
                            continue;
                        }
                        String uuid = span.uuid().isEmpty() ? SpanUuid.next() : span.uuid();
                        if (places != null) {
                            places.uuids[i] = uuid;
                            if (firstOfKey) {
                                places.firstIncoming.putIfAbsent(key, i);
                            }
                        }
                        insertSpans.add(id, span, uuid);
                        added++;
                    }
                    int stored = insertSpans.flush();
                    already += added - stored; // their UUIDs were there already
                    added = stored;
                    results.add(eventsComing ? events.store(id, incoming, places, incidents)
                            .stored(id, existing == null, added, already)
                            : new Stored(id, existing == null, added, already));
                }
            }
            return results;
        });
    }

    /**
     * Where each span of an incoming article is stored, for the events that name them: the UUID
     * it was inserted with (or found by), else the key of the span already there that stood for it.
     */
    private static final class SpanPlaces {
        final String[] uuids;
        final SpanKey[] keys;
        final Map<SpanKey, Long> existingIds;
        final Map<SpanKey, Integer> firstIncoming = new HashMap<>();

        SpanPlaces(int spans, Map<SpanKey, Long> existingIds) {
            this.uuids = new String[spans];
            this.keys = new SpanKey[spans];
            this.existingIds = existingIds;
        }
    }

    /** What storing one article's events gave. */
    private record EventsStored(int added, int already, List<EventLeftOut> leftOut) {
        Stored stored(long articleId, boolean newArticle, int spansAdded, int spansAlready) {
            return new Stored(articleId, newArticle, spansAdded, spansAlready, added, already, leftOut);
        }
    }

    /** Stores an article's events on its spans, in the caller's transaction; statements prepared once per batch. */
    private final class EventWriter implements AutoCloseable {
        private PreparedStatement spanByUuid;
        private PreparedStatement eventOn;
        private PreparedStatement insertEvent;
        private PreparedStatement insertArgument;
        private PreparedStatement insertIncident;
        private PreparedStatement lastId;

        EventsStored store(long articleId, NewAnnotatedArticle incoming, SpanPlaces places, Map<String, Long> incidents)
                throws SQLException {
            prepare();
            int added = 0;
            int already = 0;
            List<EventLeftOut> leftOut = new ArrayList<>();
            Map<Integer, Long> ids = new HashMap<>();
            for (int e = 0; e < incoming.events().size(); e++) {
                NewEvent event = incoming.events().get(e);
                Long trigger = spanId(articleId, event.trigger(), places, ids);
                if (trigger == null) {
                    leftOut.add(new EventLeftOut(e, "its trigger has the UUID of a span of another article; event left out"));
                    continue;
                }
                eventOn.setLong(1, trigger);
                try (ResultSet rs = eventOn.executeQuery()) {
                    if (rs.next()) {
                        already++;
                        long incident = rs.getLong(1);
                        if (!rs.wasNull() && !event.incidentKey().isEmpty()) {
                            incidents.putIfAbsent(event.incidentKey(), incident);
                        }
                        continue;
                    }
                }
                insertEvent.setLong(1, articleId);
                insertEvent.setLong(2, trigger);
                SqliteEventRepository.bindAttributes(insertEvent, 3, event.attributes());
                if (event.incidentKey().isEmpty()) {
                    insertEvent.setNull(11, Types.INTEGER);
                } else {
                    insertEvent.setLong(11, incident(event.incidentKey(), incidents));
                }
                insertEvent.executeUpdate();
                long eventId = lastId();
                int position = 0;
                for (NewEvent.Argument argument : event.arguments()) {
                    Long filler = spanId(articleId, argument.filler(), places, ids);
                    if (filler == null) {
                        leftOut.add(new EventLeftOut(e, "the filler of " + argument.role()
                                + " has the UUID of a span of another article; argument left out"));
                        continue;
                    }
                    insertArgument.setLong(1, eventId);
                    insertArgument.setInt(2, position++);
                    insertArgument.setString(3, argument.role());
                    insertArgument.setLong(4, filler);
                    insertArgument.executeUpdate();
                }
                added++;
            }
            return new EventsStored(added, already, leftOut);
        }

        /** The stored id of the article's span {@code index}, or null when it is another article's. */
        private Long spanId(long articleId, int index, SpanPlaces places, Map<Integer, Long> ids) throws SQLException {
            if (ids.containsKey(index)) {
                return ids.get(index);
            }
            Long id;
            String uuid = places.uuids[index];
            if (uuid != null) {
                id = null;
                spanByUuid.setString(1, uuid);
                try (ResultSet rs = spanByUuid.executeQuery()) {
                    if (rs.next() && rs.getLong(2) == articleId) {
                        id = rs.getLong(1);
                    }
                }
            } else {
                SpanKey key = places.keys[index];
                id = places.existingIds.get(key);
                if (id == null) { // an earlier span of the same article, label, offsets and annotator
                    id = spanId(articleId, places.firstIncoming.get(key), places, ids);
                }
            }
            ids.put(index, id);
            return id;
        }

        private long incident(String key, Map<String, Long> incidents) throws SQLException {
            Long known = incidents.get(key);
            if (known != null) {
                return known;
            }
            insertIncident.setString(1, IsoInstants.format(Instant.now()));
            insertIncident.executeUpdate();
            long id = lastId();
            incidents.put(key, id);
            return id;
        }

        private long lastId() throws SQLException {
            try (ResultSet rs = lastId.executeQuery()) {
                return rs.getLong(1);
            }
        }

        private void prepare() throws SQLException {
            if (eventOn != null) {
                return;
            }
            spanByUuid = connection.prepareStatement("SELECT id, article_id FROM span WHERE uuid = ?");
            eventOn = connection.prepareStatement("SELECT incident_id FROM event WHERE trigger_span_id = ?");
            insertEvent = connection.prepareStatement("""
                    INSERT INTO event (article_id, trigger_span_id, event_date, date_precision, certainty, polarity,
                                       modality, fatalities, injured, note, incident_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
            insertArgument = connection.prepareStatement(
                    "INSERT INTO event_argument (event_id, position, role, filler_span_id) VALUES (?, ?, ?, ?)");
            insertIncident = connection.prepareStatement("INSERT INTO incident (created_at) VALUES (?)");
            lastId = connection.prepareStatement("SELECT last_insert_rowid()");
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement st : new PreparedStatement[] {spanByUuid, eventOn, insertEvent, insertArgument,
                    insertIncident, lastId}) {
                if (st != null) {
                    st.close();
                }
            }
        }
    }

    private static void bindArticle(PreparedStatement st, NewAnnotatedArticle incoming) throws SQLException {
        SqliteArticleRepository.bind(st, incoming.article());
        st.setString(11, incoming.status().id());
        switch (incoming.relevance()) {
            case UNSET -> st.setNull(12, Types.INTEGER);
            case RELEVANT -> st.setInt(12, 1);
            case NOT_RELEVANT -> st.setInt(12, 0);
        }
        st.setString(13, incoming.note());
    }

    private record SpanKey(String label, int start, int end, String annotator) {
    }
}
