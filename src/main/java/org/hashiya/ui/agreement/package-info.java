/**
 * View ▸ Agreement…: the agreement table of named coders and its per-article breakdown, exportable
 * as CSV ({@link org.hashiya.ui.agreement.AgreementViewModel}, {@link org.hashiya.ui.agreement.AgreementDialog}).
 */
package org.hashiya.ui.agreement;
