/**
 * The registry of canonical actors and places: editing it with undo, CSV in and out, linking spans
 * to its entries, suggesting an entry for a selection and finding every mention of an entry.
 */
package org.hashiya.service.registry;
