/** CSV files of the registry of actors and places: a researcher's list in, the registry out. */
package org.hashiya.io.registry;
