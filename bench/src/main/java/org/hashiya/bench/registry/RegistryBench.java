package org.hashiya.bench.registry;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.hashiya.bench.ArticleGenerator;
import org.hashiya.domain.NewArticle;
import org.hashiya.domain.RegistryEntry;
import org.hashiya.domain.RegistryEntry.EntryKind;
import org.hashiya.io.registry.RegistryCsvWriter;
import org.hashiya.service.SchemaService;
import org.hashiya.service.registry.OccurrenceFinder;
import org.hashiya.service.registry.RegistryImport;
import org.hashiya.service.registry.RegistryNames;
import org.hashiya.service.registry.RegistryService;
import org.hashiya.service.registry.RegistryTransfer;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;

/**
 * Prepares the registry benchmark and measures in-process figures: a library of N generated
 * articles (reused when it exists), a CSV of A actors and P places written and imported, then
 * "annotate all occurrences" of the five-alias coalition over the whole library, and the search
 * box over the registry. bench/registry times the command-line run as a user meets it.
 *
 * <p>Arguments: FOLDER [articles] [actors] [places].
 */
public final class RegistryBench {
    private RegistryBench() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int articles = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int actors = args.length > 2 ? Integer.parseInt(args[2]) : 3_000;
        int places = args.length > 3 ? Integer.parseInt(args[3]) : 500;
        Files.createDirectories(folder);
        Path db = folder.resolve("registry-" + articles + ".db");
        boolean fresh = !Files.exists(db);
        try (Library lib = SqliteLibrary.open(db, true)) {
            new SchemaService(lib).ensureSchema();
            if (fresh) {
                ArticleGenerator generator = new ArticleGenerator(7, ArticleGenerator.Sizes.AROUND_5KB);
                for (int from = 0; from < articles; from += 1000) {
                    List<NewArticle> batch = generator.newArticles(from, Math.min(1000, articles - from));
                    lib.articles().addAll(batch);
                }
                System.out.println("library: " + articles + " articles written to " + db);
            }
            RegistryGenerator generator = new RegistryGenerator(11);
            Path actorsCsv = folder.resolve("actors.csv");
            Path placesCsv = folder.resolve("places.csv");
            write(actorsCsv, EntryKind.ACTOR, generator.actors(actors));
            write(placesCsv, EntryKind.PLACE, generator.places(places));
            RegistryService registry = new RegistryService(lib);
            RegistryTransfer transfer = new RegistryTransfer(lib, registry);
            long t0 = System.nanoTime();
            RegistryImport a = transfer.importCsv(actorsCsv, EntryKind.ACTOR);
            RegistryImport p = transfer.importCsv(placesCsv, EntryKind.PLACE);
            System.out.printf("import: %d actors, %d places added (%d, %d already there) in %.2f s%n",
                    a.added(), p.added(), a.alreadyThere(), p.alreadyThere(), (System.nanoTime() - t0) / 1e9);
            if (!a.ok() || !p.ok()) {
                System.out.println("problems: " + a.problems() + p.problems());
            }
            RegistryEntry coalition = registry.entries().stream()
                    .filter(e -> e.name().equals(RegistryGenerator.coalition().name())).findFirst().orElseThrow();
            System.out.println("coalition entry id " + coalition.id() + ", names " + coalition.namesToMatch());
            OccurrenceFinder finder = new OccurrenceFinder(lib, registry);
            for (int run = 0; run < 3; run++) {
                long cpu0 = cpu();
                long w0 = System.nanoTime();
                int found = finder.find(coalition, null).size();
                System.out.printf("occurrences in-process run %d: %d proposals, %.3f s wall, %.3f s CPU (this thread)%n",
                        run + 1, found, (System.nanoTime() - w0) / 1e9, (cpu() - cpu0) / 1e9);
            }
            long w0 = System.nanoTime();
            RegistryNames names = new RegistryNames(registry.entries());
            System.out.printf("registry names prepared for %d entries: %.3f s%n", names.size(), (System.nanoTime() - w0) / 1e9);
            long x0 = System.nanoTime();
            int suggested = names.suggest("وبالتحالف").size();
            System.out.printf("first suggestion (builds the name index): %d entries in %.3f s%n", suggested, (System.nanoTime() - x0) / 1e9);
            for (String q : List.of("التحالف", "الجيش", "حسين", "iraq", "وزارة الدفاع", "q1")) {
                long s0 = System.nanoTime();
                int n = names.search(q).size();
                System.out.printf("search box «%s»: %d entries in %.1f ms%n", q, n, (System.nanoTime() - s0) / 1e6);
            }
        }
    }

    private static long cpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static void write(Path file, EntryKind kind, List<RegistryEntry> entries) throws Exception {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            RegistryCsvWriter.write(out, kind, new ArrayList<>(entries));
        }
    }
}
