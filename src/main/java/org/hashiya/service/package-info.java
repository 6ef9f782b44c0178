/**
 * The use cases shared by the GUI and the CLI, over the store interfaces. No JavaFX, no SQL.
 */
package org.hashiya.service;
