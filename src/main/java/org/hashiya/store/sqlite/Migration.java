package org.hashiya.store.sqlite;

import java.util.List;

/** One forward-only schema step. Never edit a migration that has shipped: add the next one. */
record Migration(int version, String description, List<String> statements) {
}
