/**
 * Use cases shared by the workbench and the command line: import, browse, annotate, export.
 * No JavaFX and no SQL here; the store is reached through its repository interfaces.
 */
package org.hashiya.service;
