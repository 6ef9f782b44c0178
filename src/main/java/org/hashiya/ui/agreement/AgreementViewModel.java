package org.hashiya.ui.agreement;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hashiya.io.CsvTable;
import org.hashiya.service.ErrorLog;
import org.hashiya.service.agreement.AgreementReport;
import org.hashiya.service.agreement.AgreementReport.ArticleAgreement;
import org.hashiya.service.agreement.AgreementRow;
import org.hashiya.service.agreement.AgreementService;
import org.hashiya.store.LibraryException;

/**
 * The agreement dialog's state: the coders typed ("amal, omar"), the table and the per-article
 * breakdown of the last measurement, a message line. Measuring runs on {@code background}; the
 * results arrive on {@code fx}.
 */
public final class AgreementViewModel {
    static final List<String> COLUMNS = List.of("label", "f1", "kappa", "alpha", "overlap_f1", "spans_a", "spans_b");
    static final List<String> ARTICLE_COLUMNS = List.of("article_id", "title", "tokens", "f1", "kappa", "alpha",
            "overlap_f1", "spans_a", "spans_b");

    private final AgreementService service;
    private final Executor background;
    private final Executor fx;
    private final StringProperty coders = new SimpleStringProperty(this, "coders", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ObservableList<AgreementRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ArticleAgreement> articles = FXCollections.observableArrayList();

    public AgreementViewModel(AgreementService service, Executor background, Executor fx) {
        this.service = service;
        this.background = background;
        this.fx = fx;
    }

    /** Measures the agreement of the coders typed, over all articles they all annotated. */
    public void measure() {
        List<String> names = Arrays.stream(coders.get().split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (names.size() < 2) {
            message.set("Name at least two coders, separated by commas.");
            return;
        }
        running.set(true);
        message.set("Measuring…");
        background.execute(() -> {
            try {
                AgreementReport report = service.measure(names, List.of());
                fx.execute(() -> show(report));
            } catch (IllegalArgumentException | LibraryException e) {
                fx.execute(() -> failed(e.getMessage()));
            } catch (RuntimeException e) {
                ErrorLog.error("agreement failed", e);
                fx.execute(() -> failed("unexpected error: " + e + " (details in the log)"));
            }
        });
    }

    private void show(AgreementReport report) {
        running.set(false);
        if (report.articles() == 0) {
            rows.clear();
            articles.clear();
            message.set("No article has spans of every one of " + String.join(", ", report.coders()) + ".");
            return;
        }
        rows.setAll(report.rows());
        articles.setAll(report.perArticle());
        message.set(report.articles() + " articles, " + report.tokens() + " tokens, coders "
                + String.join(", ", report.coders()) + (report.coders().size() > 2 ? " (F1, kappa: mean over pairs)" : "")
                + (report.rows().stream().anyMatch(AgreementRow::isRole)
                        ? "; role: lines compare event arguments (role, trigger and filler equal), counted in Spans A / B" : ""));
    }

    private void failed(String reason) {
        running.set(false);
        message.set(reason);
    }

    /** Writes the table to {@code file} and the per-article breakdown beside it ({@link #articlesFile}). */
    public void exportCsv(Path file) {
        try {
            List<List<String>> table = new ArrayList<>();
            for (AgreementRow r : rows) {
                table.add(r.cells());
            }
            CsvTable.write(file, COLUMNS, table);
            List<List<String>> perArticle = new ArrayList<>();
            for (ArticleAgreement a : articles) {
                List<String> line = new ArrayList<>(List.of(Long.toString(a.articleId()), a.title(), Long.toString(a.tokens())));
                line.addAll(a.all().cells().subList(1, 7));
                perArticle.add(line);
            }
            Path breakdown = articlesFile(file);
            CsvTable.write(breakdown, ARTICLE_COLUMNS, perArticle);
            message.set("Saved " + file.getFileName() + " and " + breakdown.getFileName() + ".");
        } catch (IOException e) {
            message.set("Could not save " + file + ": " + e.getMessage());
        }
    }

    /** FILE.csv's per-article companion: FILE-articles.csv. */
    static Path articlesFile(Path file) {
        String name = file.getFileName().toString();
        String base = name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        return file.resolveSibling(base + "-articles.csv");
    }

    public StringProperty codersProperty() {
        return coders;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ObservableList<AgreementRow> rows() {
        return rows;
    }

    public ObservableList<ArticleAgreement> articles() {
        return articles;
    }
}
