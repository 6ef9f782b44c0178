package org.hashiya.cli;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.hashiya.service.ErrorLog;
import org.hashiya.service.UserFolders;
import org.hashiya.store.LibraryException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The command-line entry point: {@code hashiya SUBCOMMAND [OPTIONS]}. */
@Command(name = "hashiya", mixinStandardHelpOptions = true, version = "Hashiya 0.1",
        description = "Read and annotate Arabic news articles. With no subcommand, opens the workbench.",
        subcommands = {ImportCommand.class, ListCommand.class, ShowCommand.class, RenderCommand.class, SpansCommand.class, StatsCommand.class, LabelsCommand.class,
                ExportCommand.class, SearchCommand.class, MergeCommand.class, RegistryCommand.Actors.class, RegistryCommand.Places.class,
                OccurrencesCommand.class, AgreementCommand.class, EventsCommand.class, CommandLine.HelpCommand.class})
public final class HashiyaCli {
    @picocli.CommandLine.Option(names = "--db", paramLabel = "FILE",
            description = "The library to use: the workbench opens it; a subcommand after it uses it too.")
    java.nio.file.Path db;

    @picocli.CommandLine.Option(names = "--annotator", paramLabel = "NAME",
            description = "The workbench annotates as NAME for this run.")
    String annotator;

    private HashiyaCli() {
    }

    /** Runs the command line with UTF-8 stdout/stderr and returns the exit status. */
    public static int run(String... args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        int status = run(out, err, args);
        out.flush();
        err.flush();
        return status;
    }

    /** Runs the command line writing to the given streams; used by tests too. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        ErrorLog.writeTo(UserFolders.forCurrentUser().logFile());
        CommandLine cli = commandLine();
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            String name = commandLine.getCommandName();
            if (ex instanceof LibraryException) {
                err.println("hashiya " + name + ": " + ex.getMessage());
            } else {
                ErrorLog.error("hashiya " + name + " failed", ex);
                err.println("hashiya " + name + ": unexpected error: " + ex
                        + " (details in " + UserFolders.forCurrentUser().logFile() + ")");
            }
            return ExitCodes.FAILED;
        });
        return cli.execute(args);
    }

    /**
     * The command line with every subcommand: each takes {@code -h} / {@code --help} (its usage on
     * stdout, exit status 0, checked before any required option), as {@code hashiya help SUB} does.
     */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new HashiyaCli());
        cli.getSubcommands().values().forEach(HashiyaCli::addHelpOption);
        return cli;
    }

    /** Gives a command (and its own subcommands) {@code -h, --help}, unless it has them. */
    private static void addHelpOption(CommandLine command) {
        CommandSpec spec = command.getCommandSpec();
        if (spec.findOption("--help") == null) {
            if (spec.findOption("-h") != null) {
                throw new IllegalStateException("hashiya " + spec.name() + " uses -h for something else");
            }
            spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                    .description("Show this help message and exit.").build());
        }
        command.getSubcommands().values().forEach(HashiyaCli::addHelpOption);
    }
}
