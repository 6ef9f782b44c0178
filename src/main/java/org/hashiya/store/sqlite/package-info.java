/**
 * The SQLite implementation of the store: the only package that imports {@code java.sql}.
 * Schema changes are numbered, forward-only migrations recorded in {@code PRAGMA user_version}.
 */
package org.hashiya.store.sqlite;
