package org.hashiya.io;

/**
 * Text decoded from bytes: {@code text} has no byte-order mark and only {@code \n} line endings;
 * {@code encoding} names what was detected ("UTF-8", "UTF-8 (BOM)", "UTF-16LE", "windows-1256", ...).
 */
public record DecodedText(String text, String encoding) {
}
