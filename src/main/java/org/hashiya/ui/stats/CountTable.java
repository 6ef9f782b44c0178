package org.hashiya.ui.stats;

import java.util.List;

/** A chart's numbers as a table: a header row and one row of cells per bar or point. */
public record CountTable(List<String> header, List<List<String>> rows) {
    public CountTable {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
