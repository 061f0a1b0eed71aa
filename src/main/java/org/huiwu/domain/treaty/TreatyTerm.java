// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.treaty;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;

/**
 * Art. 10: in force from signature for five years, renewed automatically for five more each time unless a side gives
 * written notice at least six months before the period expires.
 */
public final class TreatyTerm {

    public static final LocalDate SIGNED = LocalDate.of(2008, 12, 16);
    public static final Period PERIOD = Period.ofYears(5);
    public static final Period NOTICE = Period.ofMonths(6);

    private TreatyTerm() {
    }

    /** The period of validity that contains the day, and the notice deadline that matters on that day. */
    public static TermStatus on(LocalDate day) {
        if (day.isBefore(SIGNED)) {
            throw new IllegalArgumentException("The agreement was signed on " + SIGNED + ", not in force on " + day);
        }
        int number = 1;
        LocalDate start = SIGNED;
        while (!day.isBefore(start.plus(PERIOD))) {
            start = start.plus(PERIOD);
            number++;
        }
        LocalDate expiry = start.plus(PERIOD);
        LocalDate deadline = expiry.minus(NOTICE);
        boolean noticeOpen = !day.isAfter(deadline);
        // Past this period's deadline, notice can only end the following period.
        LocalDate earliestEnd = noticeOpen ? expiry : expiry.plus(PERIOD);
        LocalDate nextDeadline = earliestEnd.minus(NOTICE);
        return new TermStatus(number, start, expiry, deadline, noticeOpen, earliestEnd, nextDeadline,
                ChronoUnit.DAYS.between(day, nextDeadline));
    }

    /**
     * @param period            1 for the first five years, 2 for the first renewal, and so on
     * @param periodStart       first day of the current period
     * @param expiry            the day the current period ends (and the next begins)
     * @param noticeDeadline    last day to give notice that ends the agreement at expiry
     * @param noticeOpen        whether that deadline is still ahead (or today)
     * @param earliestEnd       the earliest date the agreement can end by notice given on the day
     * @param nextNoticeDeadline last day of notice for that earliest end
     * @param daysToNoticeDeadline days from the day to nextNoticeDeadline
     */
    public record TermStatus(int period, LocalDate periodStart, LocalDate expiry, LocalDate noticeDeadline,
                             boolean noticeOpen, LocalDate earliestEnd, LocalDate nextNoticeDeadline,
                             long daysToNoticeDeadline) {
    }
}
