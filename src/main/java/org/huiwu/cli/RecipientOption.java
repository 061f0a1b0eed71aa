// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.cli;

import org.huiwu.domain.confidentiality.Recipient;
import org.huiwu.i18n.Messages;
import picocli.CommandLine.Option;

/**
 * {@code --recipient other-side|internal|third-party [--third-party NAME]}: every export says whom it is for, so
 * Art. 4 can refuse a third party the other side's information without its written consent. Required: an export
 * without it is a usage error (exit 2).
 */
final class RecipientOption {

    /** As the command line writes them. */
    enum Choice {
        OTHER_SIDE("other-side"), INTERNAL("internal"), THIRD_PARTY("third-party");

        private final String word;

        Choice(String word) {
            this.word = word;
        }

        @Override
        public String toString() {
            return word;
        }

        static Choice of(String word) {
            for (Choice choice : values()) {
                if (choice.word.equalsIgnoreCase(word)) {
                    return choice;
                }
            }
            throw new IllegalArgumentException("other-side, internal or third-party, not " + word);
        }
    }

    @Option(names = "--recipient", required = true, paramLabel = "other-side|internal|third-party",
            converter = ChoiceConverter.class,
            description = "Whom the export is for: the other side, your own side internally, or a third party "
                    + "(Art. 4: the other side's information needs its written consent, see: consent list).")
    private Choice choice;

    @Option(names = "--third-party", paramLabel = "NAME",
            description = "The third party's name, with --recipient third-party (as in its consent).")
    private String thirdParty;

    Recipient recipient(Messages messages) {
        return switch (choice) {
            case OTHER_SIDE -> Recipient.otherSide();
            case INTERNAL -> Recipient.ownInternal();
            case THIRD_PARTY -> {
                if (thirdParty == null || thirdParty.isBlank()) {
                    throw new HuiwuCommand.UserError(messages.get("art4.cli.thirdPartyName"));
                }
                yield Recipient.thirdParty(thirdParty);
            }
        };
    }

    static final class ChoiceConverter implements picocli.CommandLine.ITypeConverter<Choice> {
        @Override
        public Choice convert(String value) {
            return Choice.of(value);
        }
    }
}
