/**
 * The review view: every span of the library in one table, paged from the library as it scrolls,
 * with filters, sorting, bulk actions and a way into the reading pane at a span. View models call
 * {@code service.review.ReviewService} only.
 */
package org.hashiya.ui.review;
