/**
 * Repository interfaces over a library file. Only {@code store.sqlite} knows it is SQLite; the
 * rest of the program sees these interfaces.
 */
package org.hashiya.store;
