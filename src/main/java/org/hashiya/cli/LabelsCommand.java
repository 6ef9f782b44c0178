package org.hashiya.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.hashiya.domain.SpanLabel;
import org.hashiya.service.SchemaService;
import org.hashiya.store.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "labels", description = "List the library's label schema: id, kind, arabic_name, english_name, shortcut.")
final class LabelsCommand implements Callable<Integer> {
    @Mixin
    LibraryOption library;

    @Option(names = "--all", description = "Include retired labels.")
    boolean all;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Library lib = library.openExisting()) {
            for (SpanLabel label : new SchemaService(lib).ensureSchema().labels()) {
                if (all || !label.retired()) {
                    out.println(Tsv.record(label.id(), label.kind().id(), label.arabicName(), label.englishName(), label.shortcut()));
                }
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
