// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.i18n;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Dates, times and numbers as each language writes them: 2008年12月16日, 16 декабря 2008 г., 16 December 2008.
 */
public final class Formats {

    private final Language language;
    private final DateTimeFormatter longDate;
    private final DateTimeFormatter shortDate;
    private final DateTimeFormatter time;
    private final DateTimeFormatter monthYear;

    public Formats(Language language) {
        this.language = language;
        this.longDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale());
        this.shortDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language.locale());
        this.time = DateTimeFormatter.ofPattern("HH:mm", language.locale());
        this.monthYear = DateTimeFormatter.ofPattern(switch (language) {
            case CHINESE -> "y年M月";
            case RUSSIAN -> "LLLL y";
            case ENGLISH -> "MMMM y";
        }, language.locale());
    }

    public Language language() {
        return language;
    }

    /** 2008年12月16日 / 16 декабря 2008 г. / 16 December 2008 */
    public String date(LocalDate date) {
        return longDate.format(date);
    }

    public String shortDate(LocalDate date) {
        return shortDate.format(date);
    }

    public String time(ZonedDateTime dateTime) {
        return time.format(dateTime);
    }

    /** A date with its time, as read in the zone of the value. */
    public String dateTime(ZonedDateTime dateTime) {
        return date(dateTime.toLocalDate()) + " " + time(dateTime);
    }

    /** The title of a calendar month: 2026年11月 / ноябрь 2026 / November 2026. */
    public String monthYear(LocalDate anyDayOfMonth) {
        String text = monthYear.format(anyDayOfMonth);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    public String number(long value) {
        return NumberFormat.getIntegerInstance(language.locale()).format(value);
    }
}
