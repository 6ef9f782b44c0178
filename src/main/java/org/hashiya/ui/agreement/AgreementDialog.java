package org.hashiya.ui.agreement;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.NodeOrientation;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.hashiya.service.agreement.AgreementReport.ArticleAgreement;
import org.hashiya.service.agreement.AgreementRow;

/**
 * View ▸ Agreement…: coders typed in, Measure, then the table (label, F1, kappa, alpha, overlap
 * F1, the first two coders' spans) and the per-article breakdown; Export CSV… saves both.
 */
public final class AgreementDialog {
    private final Stage stage;
    private final AgreementViewModel model;
    private final BiFunction<Window, String, Path> saveChooser;

    AgreementDialog(Window owner, AgreementViewModel model, BiFunction<Window, String, Path> saveChooser) {
        this.model = model;
        this.saveChooser = saveChooser;
        stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Agreement");
        Scene scene = new Scene(build(), 900, 620);
        scene.getStylesheets().add(Objects.requireNonNull(AgreementDialog.class.getResource("agreement.css")).toExternalForm());
        stage.setScene(scene);
    }

    /** View ▸ Agreement…: a new dialog over {@code owner} for the library open then. */
    public static MenuItem menuItem(Supplier<Window> owner, Supplier<AgreementViewModel> models,
                                    BiFunction<Window, String, Path> saveChooser) {
        MenuItem item = new MenuItem("Agreement…");
        item.setId("menu-agreement");
        item.setOnAction(e -> new AgreementDialog(owner.get(), models.get(), saveChooser).show());
        return item;
    }

    /** The system's save chooser for a CSV file, or null when the user gives up. */
    public static Path chooseCsv(Window owner, String suggested) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the agreement table");
        chooser.setInitialFileName(suggested);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        java.io.File file = chooser.showSaveDialog(owner);
        return file == null ? null : file.toPath();
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    private VBox build() {
        TextField coders = new TextField();
        coders.setId("agreement-coders");
        coders.setPromptText("coders, separated by commas: amal, omar");
        coders.textProperty().bindBidirectional(model.codersProperty());
        coders.setOnAction(e -> model.measure());
        HBox.setHgrow(coders, Priority.ALWAYS);
        Button measure = new Button("Measure");
        measure.setId("agreement-measure");
        measure.setDefaultButton(true);
        measure.disableProperty().bind(model.runningProperty());
        measure.setOnAction(e -> model.measure());
        Button export = new Button("Export CSV…");
        export.setId("agreement-export");
        export.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.rows()));
        export.setOnAction(e -> {
            Path file = saveChooser.apply(stage, "agreement.csv");
            if (file != null) {
                model.exportCsv(file);
            }
        });
        HBox top = new HBox(8, new Label("Coders:"), coders, measure, export);
        top.getStyleClass().add("agreement-top");
        Label message = new Label();
        message.setId("agreement-message");
        message.textProperty().bind(model.messageProperty());
        TableView<AgreementRow> table = table();
        TableView<ArticleAgreement> perArticle = perArticleTable();
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox.setVgrow(perArticle, Priority.ALWAYS);
        VBox root = new VBox(8, top, message, table, new Label("Per article (ALL):"), perArticle);
        root.getStyleClass().add("agreement-dialog");
        return root;
    }

    private TableView<AgreementRow> table() {
        TableView<AgreementRow> table = new TableView<>(model.rows());
        table.setId("agreement-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(330); // labels, role lines and ALL of a usual schema without scrolling
        // role lines: kappa, alpha and overlap F1 empty; Spans A / B count event arguments
        String[] names = {"Label", "F1", "Kappa", "Alpha", "Overlap F1", "Spans A", "Spans B"};
        double[] widths = {160, 70, 70, 70, 90, 80, 80};
        for (int i = 0; i < names.length; i++) {
            int cell = i;
            table.getColumns().add(column(names[i], r -> r.cells().get(cell), widths[i]));
        }
        return table;
    }

    private TableView<ArticleAgreement> perArticleTable() {
        TableView<ArticleAgreement> table = new TableView<>(model.articles());
        table.setId("agreement-articles");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Article", a -> Long.toString(a.articleId()), 70));
        TableColumn<ArticleAgreement, String> title = column("Title", ArticleAgreement::title, 300);
        title.setCellFactory(c -> new TitleCell());
        table.getColumns().add(title);
        table.getColumns().add(column("Tokens", a -> Long.toString(a.tokens()), 70));
        table.getColumns().add(column("F1", a -> AgreementRow.figure(a.all().f1()), 60));
        table.getColumns().add(column("Kappa", a -> AgreementRow.figure(a.all().kappa()), 60));
        table.getColumns().add(column("Alpha", a -> AgreementRow.figure(a.all().alpha()), 60));
        table.getColumns().add(column("Overlap F1", a -> AgreementRow.figure(a.all().overlapF1()), 80));
        return table;
    }

    private static <T> TableColumn<T, String> column(String name, Function<T, String> value, double width) {
        TableColumn<T, String> column = new TableColumn<>(name);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /** An article title: right to left when it starts so, cut at its end with an ellipsis, whole words kept. */
    private static final class TitleCell extends TableCell<ArticleAgreement, String> {
        TitleCell() {
            setTextOverrun(OverrunStyle.WORD_ELLIPSIS);
        }

        @Override
        protected void updateItem(String title, boolean empty) {
            super.updateItem(title, empty);
            setText(empty ? null : title);
            setNodeOrientation(!empty && title != null && startsRightToLeft(title)
                    ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        }

        private static boolean startsRightToLeft(String text) {
            for (int i = 0; i < text.length(); ) {
                int c = text.codePointAt(i);
                byte d = Character.getDirectionality(c);
                if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                    return true;
                }
                if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                    return false;
                }
                i += Character.charCount(c);
            }
            return false;
        }
    }
}
