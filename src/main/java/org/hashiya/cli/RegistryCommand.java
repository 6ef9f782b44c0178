package org.hashiya.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hashiya.domain.ActorEntry;
import org.hashiya.domain.PlaceEntry;
import org.hashiya.domain.RegistryEntry;
import org.hashiya.domain.RegistryEntry.EntryKind;
import org.hashiya.service.AnnotationException;
import org.hashiya.service.SchemaService;
import org.hashiya.service.registry.RegistryImport;
import org.hashiya.service.registry.RegistryService;
import org.hashiya.service.registry.RegistryTransfer;
import org.hashiya.store.Library;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hashiya actors} and {@code hashiya places}: list the registry's entries of one kind, or
 * import them from CSV (all rows or none), or export them to CSV.
 */
abstract class RegistryCommand implements Callable<Integer> {
    @Mixin
    LibraryOption library;

    @ArgGroup(exclusive = true)
    Transfer transfer;

    static final class Transfer {
        @Option(names = "--import", paramLabel = "FILE.csv", description = "Add the entries of a CSV file (header row"
                + " as export writes it); a file with a bad row is reported row by row and nothing is stored.")
        Path importFile;

        @Option(names = "--export", paramLabel = "FILE.csv", description = "Write every entry to a CSV file (replacing it).")
        Path exportFile;
    }

    @Spec
    CommandSpec spec;

    abstract EntryKind kind();

    /** One line of the listing. */
    abstract String line(RegistryEntry entry);

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String name = "hashiya " + spec.name();
        if (transfer != null && transfer.importFile != null) {
            try (Library lib = library.openOrCreate()) {
                new SchemaService(lib).ensureSchema();
                RegistryImport result = new RegistryTransfer(lib, new RegistryService(lib)).importCsv(transfer.importFile, kind());
                if (!result.ok()) {
                    result.problems().forEach(err::println);
                    err.println(name + ": nothing imported: " + result.problems().size()
                            + (result.problems().size() == 1 ? " problem" : " problems") + " in " + transfer.importFile);
                    return ExitCodes.FAILED;
                }
                err.println(name + ": imported " + entries(result.added())
                        + (result.alreadyThere() > 0 ? "; " + result.alreadyThere() + " already in the registry" : ""));
                return ExitCodes.OK;
            } catch (AnnotationException e) {
                err.println(name + ": " + e.getMessage());
                return ExitCodes.FAILED;
            }
        }
        try (Library lib = library.openExisting()) {
            RegistryService registry = new RegistryService(lib);
            if (transfer != null && transfer.exportFile != null) {
                try {
                    int rows = new RegistryTransfer(lib, registry).exportCsv(transfer.exportFile, kind());
                    err.println(name + ": wrote " + entries(rows) + " to " + transfer.exportFile);
                    return ExitCodes.OK;
                } catch (IOException e) {
                    err.println(name + ": cannot write " + transfer.exportFile + ": " + e.getMessage());
                    return ExitCodes.FAILED;
                }
            }
            for (RegistryEntry entry : registry.entries()) {
                if (entry.kind() == kind()) {
                    out.println(line(entry));
                }
            }
            out.flush();
        }
        return ExitCodes.OK;
    }

    /** "1 place", "2 places". */
    private String entries(long n) {
        return n + " " + kind().id() + (n == 1 ? "" : "s");
    }

    static String aliases(RegistryEntry entry) {
        return String.join(" | ", entry.aliases());
    }

    @picocli.CommandLine.Command(name = "actors", description = {
            "List the registry's canonical actors, or import or export them as CSV.",
            "Fields: id, type (the actor label id), name, english_name, aliases (joined by ' | ').",
            "--import FILE.csv adds a researcher's list; --export FILE.csv writes the registry's actors.",
            "CSV columns: name,english_name,type,aliases,country,wikidata,note (aliases joined by '|';"
                    + " country ISO 3166-1 alpha-3; wikidata a Q-id)."})
    static final class Actors extends RegistryCommand {
        @Override
        EntryKind kind() {
            return EntryKind.ACTOR;
        }

        @Override
        String line(RegistryEntry entry) {
            ActorEntry a = (ActorEntry) entry;
            return Tsv.record(a.id(), a.type(), a.name(), a.englishName(), aliases(a));
        }
    }

    @picocli.CommandLine.Command(name = "places", description = {
            "List the registry's canonical places, or import or export them as CSV.",
            "Fields: id, country, name, english_name, aliases (joined by ' | '), province, latitude, longitude.",
            "--import FILE.csv adds a list; --export FILE.csv writes the registry's places.",
            "CSV columns: name,english_name,aliases,country,province,latitude,longitude (decimal degrees)."})
    static final class Places extends RegistryCommand {
        @Override
        EntryKind kind() {
            return EntryKind.PLACE;
        }

        @Override
        String line(RegistryEntry entry) {
            PlaceEntry p = (PlaceEntry) entry;
            return Tsv.record(p.id(), p.country(), p.name(), p.englishName(), aliases(p), p.province(),
                    degrees(p.latitude()), degrees(p.longitude()));
        }

        private static String degrees(Double value) {
            return value == null ? "" : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }
}
