/**
 * Inter-coder agreement over the articles every named coder annotated: exact and overlap F1,
 * token-level Cohen's kappa and Krippendorff's alpha (see {@link org.hashiya.service.agreement.AgreementService}).
 */
package org.hashiya.service.agreement;
