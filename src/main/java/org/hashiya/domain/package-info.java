/**
 * The things researchers work with: articles, their metadata and status. Plain records, no JavaFX
 * and no SQL, so every other layer can depend on them.
 */
package org.hashiya.domain;
