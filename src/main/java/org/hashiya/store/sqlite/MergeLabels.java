package org.hashiya.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hashiya.store.LibraryMerge.LabelClash;

/**
 * The labels of one merge source against MINE's, filling temp.merge_label (their id, MINE's id).
 * A label id MINE has with the same kind is the same label (MINE's names, colour and shortcut
 * stay); one MINE lacks is added after MINE's labels (its shortcut only when MINE does not use it);
 * one MINE has with another kind is kept apart as {@code ID_KIND} (or {@code ID_KIND_2}, ...), added
 * the first time and found again by later merges of the same library.
 */
final class MergeLabels {
    record Result(List<String> added, List<LabelClash> clashes) {
    }

    private record Theirs(String id, String arabic, String english, String kind, String colour, String shortcut,
                          boolean retired) {
    }

    private final Connection connection;
    private final String theirs;

    MergeLabels(Connection connection, String theirs) {
        this.connection = connection;
        this.theirs = theirs;
    }

    Result run() throws SQLException {
        Map<String, String> myKinds = new HashMap<>();
        Set<String> myShortcuts = new HashSet<>();
        int position = 0;
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, kind, shortcut, position FROM main.label")) {
            while (rs.next()) {
                myKinds.put(rs.getString(1), rs.getString(2));
                myShortcuts.add(rs.getString(3));
                position = Math.max(position, rs.getInt(4));
            }
        }
        List<Theirs> labels = new ArrayList<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, arabic_name, english_name, kind, colour, shortcut, retired FROM "
                     + theirs + ".label ORDER BY position, id")) {
            while (rs.next()) {
                labels.add(new Theirs(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getInt(7) == 1));
            }
        }
        List<String> added = new ArrayList<>();
        List<LabelClash> clashes = new ArrayList<>();
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TEMP TABLE merge_label (their_id TEXT PRIMARY KEY, my_id TEXT NOT NULL)");
        }
        try (PreparedStatement map = connection.prepareStatement("INSERT INTO temp.merge_label VALUES (?, ?)");
             PreparedStatement insert = connection.prepareStatement("INSERT INTO main.label (id, arabic_name,"
                     + " english_name, kind, colour, shortcut, position, retired) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Theirs label : labels) {
                String mine = label.id();
                String myKind = myKinds.get(mine);
                if (myKind != null && !myKind.equals(label.kind())) {
                    mine = keptApart(label, myKinds);
                    clashes.add(new LabelClash(label.id(), myKind, label.kind(), mine));
                }
                if (!myKinds.containsKey(mine)) {
                    String shortcut = mine.equals(label.id()) && !myShortcuts.contains(label.shortcut()) ? label.shortcut() : "";
                    insert.setString(1, mine);
                    insert.setString(2, label.arabic());
                    insert.setString(3, label.english());
                    insert.setString(4, label.kind());
                    insert.setString(5, label.colour());
                    insert.setString(6, shortcut);
                    insert.setInt(7, ++position);
                    insert.setInt(8, label.retired() ? 1 : 0);
                    insert.executeUpdate();
                    myKinds.put(mine, label.kind());
                    myShortcuts.add(shortcut);
                    added.add(mine);
                }
                map.setString(1, label.id());
                map.setString(2, mine);
                map.executeUpdate();
            }
        }
        return new Result(added, clashes);
    }

    /** ID_KIND, or ID_KIND_2, ... : the first that is free or already holds this kind. */
    private static String keptApart(Theirs label, Map<String, String> myKinds) {
        String base = label.id() + "_" + label.kind().toUpperCase(Locale.ROOT);
        String candidate = base;
        for (int n = 2; myKinds.containsKey(candidate) && !myKinds.get(candidate).equals(label.kind()); n++) {
            candidate = base + "_" + n;
        }
        return candidate;
    }
}
