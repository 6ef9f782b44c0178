/**
 * Several coders: merging their libraries into one, each coder's work kept under their name.
 */
package org.hashiya.service.merge;
