/** The registry of canonical actors and places: its view, and linking a span to an entry while annotating. */
package org.hashiya.ui.registry;
