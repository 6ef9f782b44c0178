package org.hashiya.cli;

import java.nio.file.Path;
import org.hashiya.service.UserFolders;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code --db FILE} option every subcommand shares; without it, the user's default library. */
final class LibraryOption {
    @Option(names = "--db", paramLabel = "FILE",
            description = "Library file (default: the per-user library, e.g. $XDG_DATA_HOME/hashiya/library.db).")
    Path db;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    Path file() {
        if (db != null) {
            return db;
        }
        // `hashiya --db FILE list` means the same as `hashiya list --db FILE`
        CommandSpec parent = command == null ? null : command.parent();
        if (parent != null && parent.userObject() instanceof HashiyaCli root && root.db != null) {
            return root.db;
        }
        return UserFolders.forCurrentUser().defaultLibrary();
    }

    /** Opens the library, refusing a missing file. */
    Library openExisting() {
        return SqliteLibrary.open(file(), false);
    }

    /** Opens the library, creating the file if it is missing (only import may do this). */
    Library openOrCreate() {
        return SqliteLibrary.open(file(), true);
    }
}
