package org.hashiya.service.export;

import java.nio.file.Path;
import java.util.Objects;
import org.hashiya.domain.SpanFilter;

/**
 * One export: what to write ({@code format}, {@code filter}), where ({@code target}: a file, or a
 * folder for brat), {@code excel} (CSV only: a BOM and formula-injection defusing) and whether an
 * existing target may be replaced.
 */
public record ExportRequest(ExportFormat format, SpanFilter filter, Path target, boolean excel, boolean overwrite) {
    public ExportRequest {
        Objects.requireNonNull(format, "format");
        filter = filter == null ? SpanFilter.ALL : filter;
        Objects.requireNonNull(target, "target");
    }
}
