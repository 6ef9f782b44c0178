package org.hashiya.service.registry;

import java.util.List;

/**
 * What a CSV import did: {@code added} entries stored, {@code alreadyThere} rows skipped because
 * the same entry is in the registry already; or, when {@code problems} is not empty, nothing at all
 * (each problem is {@code FILE:ROW: reason}).
 */
public record RegistryImport(int added, int alreadyThere, List<String> problems) {
    public boolean ok() {
        return problems.isEmpty();
    }
}
