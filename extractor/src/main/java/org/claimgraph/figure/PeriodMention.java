package org.claimgraph.figure;

/**
 * A time expression found in a sentence, resolved to an ISO period.
 *
 * @param start  offset in the sentence
 * @param end    offset after it in the sentence
 * @param text   as written
 * @param period ISO month (2025-07), year (2025) or interval (2025-01/2025-07)
 * @param basis  whether it is the reference of a comparison ("from June", "compared to the same
 *               period in 2024", "since January 2025", "twice the number sold in 2020") rather than the period a
 *               figure is about
 * @param month  the month-of-year for single months (1-12), else 0; used to compare with a period
 */
public record PeriodMention(int start, int end, String text, String period, boolean basis, int month) {}
