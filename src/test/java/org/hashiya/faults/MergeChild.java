package org.hashiya.faults;

import java.nio.file.Path;
import java.util.List;
import org.hashiya.service.merge.MergeService;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;

/**
 * Child process for {@link MergeKillTest}: merges THEIRS into MINE, printing "progress F" at every
 * step (then waits half a second inside the transaction, so a kill lands mid-way), then "merged".
 */
public final class MergeChild {
    private MergeChild() {
    }

    public static void main(String[] args) throws Exception {
        try (Library library = SqliteLibrary.open(Path.of(args[0]), false)) {
            System.out.println("ready");
            System.out.flush();
            new MergeService(library).merge(List.of(Path.of(args[1])), (what, fraction) -> {
                if (what.startsWith("Merging:")) {
                    System.out.println("progress " + fraction);
                    System.out.flush();
                    try {
                        Thread.sleep(500); // the kill lands here, inside the transaction
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            });
        }
        System.out.println("merged");
    }
}
