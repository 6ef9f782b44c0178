/**
 * Use cases shared by the workbench and the command line: annotating an article (with undo),
 * checking stored spans against their text, keeping the label schema. No JavaFX, no SQL.
 */
package org.hashiya.service;
