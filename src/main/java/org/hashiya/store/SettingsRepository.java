package org.hashiya.store;

import java.util.Optional;

/** Small per-library key/value state, such as where the reader left off. */
public interface SettingsRepository {
    Optional<String> get(String key);

    void put(String key, String value);
}
