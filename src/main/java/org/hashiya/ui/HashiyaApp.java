package org.hashiya.ui;

import javafx.application.Application;
import javafx.stage.Stage;

/** The workbench. Placeholder until the main window lands. */
public final class HashiyaApp extends Application {
    public static void main(String[] args) {
        launch(HashiyaApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Hashiya");
        stage.show();
    }
}
