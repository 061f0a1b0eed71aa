// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.i18n;

import java.util.Locale;

/** The languages the UI speaks. The records themselves are always in Chinese and Russian, whatever the UI says. */
public enum Language {
    CHINESE(Locale.SIMPLIFIED_CHINESE, "中文"),
    RUSSIAN(Locale.forLanguageTag("ru-RU"), "Русский"),
    ENGLISH(Locale.forLanguageTag("en-GB"), "English");

    private final Locale locale;
    private final String nativeName;

    Language(Locale locale, String nativeName) {
        this.locale = locale;
        this.nativeName = nativeName;
    }

    public Locale locale() {
        return locale;
    }

    /** The language's name in itself, so anyone finds their own in a list. */
    public String nativeName() {
        return nativeName;
    }

    public String tag() {
        return locale.getLanguage();
    }

    /** The language for a locale: Chinese and Russian by language, English for everything else. */
    public static Language of(Locale locale) {
        return switch (locale.getLanguage()) {
            case "zh" -> CHINESE;
            case "ru", "ky" -> RUSSIAN; // Kyrgyz users read Russian, the Kyrgyz side's language of the agreement
            default -> ENGLISH;
        };
    }

    public static Language ofTag(String tag) {
        for (Language language : values()) {
            if (language.tag().equalsIgnoreCase(tag)) {
                return language;
            }
        }
        throw new IllegalArgumentException("Unknown language: " + tag);
    }
}
