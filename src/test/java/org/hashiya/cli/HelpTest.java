package org.hashiya.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** Every subcommand explains itself with --help, -h and {@code hashiya help SUB}, before any required option. */
class HelpTest {
    private static Set<String> subcommands() {
        return HashiyaCli.commandLine().getSubcommands().keySet();
    }

    @Test
    void everySubcommandPrintsItsOwnUsageForHelpAndExitsZero() {
        assertThat(subcommands()).contains("import", "export", "merge", "agreement", "actors", "places", "help")
                .hasSizeGreaterThanOrEqualTo(16);
        for (String name : subcommands()) {
            for (List<String> args : List.of(List.of(name, "--help"), List.of(name, "-h"), List.of("help", name))) {
                CliRun run = CliRun.of(args.toArray(String[]::new));
                assertThat(run.status()).as(args + ": " + run.err()).isZero();
                assertThat(run.err()).as(args.toString()).isEmpty();
                assertThat(run.out()).as(args.toString()).containsPattern("(?m)^Usage: hashiya " + name + " ")
                        .contains("-h, --help");
            }
        }
    }

    @Test
    void helpWinsOverMissingRequiredOptionsAndOtherOptionsStillWork() {
        CliRun run = CliRun.of("export", "--db", "/nowhere/lib.db", "--help");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("--format=FORMAT").contains("--out=PATH");
        CliRun missing = CliRun.of("export");
        assertThat(missing.status()).isEqualTo(ExitCodes.FAILED);
        assertThat(missing.err()).contains("Missing required options");
        CliRun top = CliRun.of("--help");
        assertThat(top.status()).isZero();
        assertThat(top.out()).contains("help ").contains("-V, --version");
    }

    @Test
    void everyDescriptionLineIsAWholeSentence() {
        List<String> broken = new ArrayList<>();
        CommandLine cli = HashiyaCli.commandLine();
        List<CommandSpec> specs = new ArrayList<>();
        specs.add(cli.getCommandSpec());
        cli.getSubcommands().values().forEach(c -> specs.add(c.getCommandSpec()));
        for (CommandSpec spec : specs) {
            for (String line : spec.usageMessage().description()) {
                if (!endsASentence(line)) {
                    broken.add(spec.qualifiedName() + ": " + line);
                }
            }
            for (OptionSpec option : spec.options()) {
                for (String line : option.description()) {
                    if (!endsASentence(line)) {
                        broken.add(spec.qualifiedName() + " " + option.longestName() + ": " + line);
                    }
                }
            }
        }
        assertThat(broken).as("description lines that stop mid-sentence (the command list shows the first)").isEmpty();
    }

    private static boolean endsASentence(String line) {
        String s = line.replace("%n", "").strip(); // picocli's own line break
        return s.endsWith(".") || s.endsWith(".)");
    }

    @Test
    void annotatorsShowsItsParameterOnce() {
        CliRun run = CliRun.of("agreement", "--help");
        assertThat(run.out()).contains("--annotators=A,B[,C...]").doesNotContain("[,A,B")
                .doesNotContain("[--annotators");
    }

    @Test
    void excelHelpSaysWhichCellsAreDefusedAndThatTabAndCarriageReturnAreToo() {
        String usage = CliRun.of("export", "--help").out().replaceAll("\\s+", " ");
        assertThat(usage).contains("=, +, -, @, a tab or a carriage return")
                .contains("titles, source, URL, date, span text, context, note, annotator, reviewed_by, tags, source path")
                .contains("Ids, offsets, hashes and times are never changed.");
    }
}
