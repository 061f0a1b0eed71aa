// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.cli;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.huiwu.domain.agenda.InformationCategory;
import org.huiwu.domain.common.Side;
import org.huiwu.domain.confidentiality.InformationChannel;
import org.huiwu.i18n.Messages;

/**
 * The option values that {@code consent add} and {@code info add} share: a wrong one is a usage error in the user's
 * language (exit 2). The commands call these where they check their other options, not as picocli converters, so
 * the checks keep their order and picocli does not wrap the wording in its own.
 */
final class Art4Options {

    private Art4Options() {
    }

    /** {@code --side cn|kg}. */
    static Side side(String code, Messages messages) {
        try {
            return Side.ofCode(code);
        } catch (IllegalArgumentException e) {
            throw new HuiwuCommand.UserError(messages.get("art4.cli.side", code));
        }
    }

    /** {@code --category N}: Art. 4 items 1 to 8. */
    static InformationCategory category(int number, Messages messages) {
        if (number < 1 || number > InformationCategory.values().length) {
            throw new HuiwuCommand.UserError(messages.get("art4.cli.category", number));
        }
        return InformationCategory.values()[number - 1];
    }

    /** Repeated {@code --category N}. */
    static Set<InformationCategory> categories(List<Integer> numbers, Messages messages) {
        Set<InformationCategory> categories = EnumSet.noneOf(InformationCategory.class);
        for (int number : numbers) {
            categories.add(category(number, messages));
        }
        return categories;
    }

    /** {@code --channel meeting|letter|liaison|phone}. */
    static InformationChannel channel(String word, Messages messages) {
        try {
            return InformationChannel.valueOf(word.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new HuiwuCommand.UserError(messages.get("art4.cli.channel", word));
        }
    }
}
