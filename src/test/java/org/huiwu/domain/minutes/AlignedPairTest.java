// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.huiwu.domain.minutes.Fixtures.NOON;
import static org.huiwu.domain.minutes.Fixtures.agreedPair;
import static org.huiwu.domain.minutes.Fixtures.by;
import static org.huiwu.domain.minutes.Fixtures.draftPair;
import static org.huiwu.domain.minutes.Fixtures.representativeOf;

import org.huiwu.domain.common.Side;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class AlignedPairTest {

    private static final String ZH = "双方同意于2026年3月5日举行下一次会谈。";
    private static final String RU = "Стороны согласились провести следующие переговоры 5 марта 2026 года.";

    @Test
    void eachLanguageIsAgreedByItsOwnSide() {
        assertThat(RecordLanguage.ZH.owner()).isEqualTo(Side.CHINA);
        assertThat(RecordLanguage.RU.owner()).isEqualTo(Side.KYRGYZSTAN);
        assertThat(RecordLanguage.ownedBy(Side.KYRGYZSTAN)).isEqualTo(RecordLanguage.RU);
    }

    @ParameterizedTest
    @EnumSource(RecordLanguage.class)
    void aNewPairIsDraftOnBothSides(RecordLanguage language) {
        assertThat(draftPair(ZH, RU).state(language)).isEqualTo(TextState.DRAFT);
        assertThat(draftPair(ZH, RU).isAgreedByBoth()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(RecordLanguage.class)
    void agreeingRecordsWhoConfirmedAgainstWhichCounterpart(RecordLanguage language) {
        AlignedPair pair = draftPair(ZH, RU).agree(language, representativeOf(language), NOON);

        assertThat(pair.state(language)).isEqualTo(TextState.AGREED);
        assertThat(pair.state(language.other())).isEqualTo(TextState.DRAFT);
        assertThat(pair.side(language).agreement())
                .isEqualTo(new Agreement(representativeOf(language), NOON, pair.side(language.other()).text()));
    }

    @ParameterizedTest
    @EnumSource(RecordLanguage.class)
    void staleAppearsAtOnceWhenTheOtherLanguageChangesAndGoesWhenItIsChangedBack(RecordLanguage agreedSide) {
        AlignedPair agreed = agreedPair(ZH, RU);
        RecordLanguage other = agreedSide.other();
        String original = agreed.side(other).text();

        AlignedPair changed = agreed.withText(other, original + " 补充", by(other));
        assertThat(changed.state(agreedSide)).isEqualTo(TextState.STALE);
        assertThat(changed.isAgreedByBoth()).isFalse();

        AlignedPair changedBack = changed.withText(other, original, by(other));
        assertThat(changedBack.state(agreedSide)).isEqualTo(TextState.AGREED);
    }

    @ParameterizedTest
    @EnumSource(RecordLanguage.class)
    void editingYourOwnTextReturnsYouToDraft(RecordLanguage language) {
        AlignedPair edited = agreedPair(ZH, RU).withText(language, "新的文本 / новый текст", by(language));

        assertThat(edited.state(language)).isEqualTo(TextState.DRAFT);
        assertThat(edited.side(language).agreement()).isNull();
        assertThat(edited.side(language).provenance()).isEqualTo(by(language));
        assertThat(edited.state(language.other())).isEqualTo(TextState.STALE);
    }

    @Test
    void writingTheSameTextAgainIsNoEdit() {
        AlignedPair agreed = agreedPair(ZH, RU);

        assertThat(agreed.withText(RecordLanguage.RU, RU, by(RecordLanguage.RU))).isSameAs(agreed);
    }

    @Test
    void bothAgreedAndNeitherStaleIsAgreedByBoth() {
        assertThat(agreedPair(ZH, RU).isAgreedByBoth()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void anEmptyTextCannotBeAgreed(String empty) {
        AlignedPair pair = draftPair(empty, RU);

        assertThatThrownBy(() -> pair.agree(RecordLanguage.ZH, 11, NOON))
                .isInstanceOf(MinutesException.class)
                .extracting(e -> ((MinutesException) e).messageKey()).isEqualTo("minutes.error.emptyText");
    }

    @Test
    void agreeingAStaleSideAgainConfirmsItAgainstTheCurrentCounterpart() {
        AlignedPair stale = agreedPair(ZH, RU).withText(RecordLanguage.ZH, "双方同意于2026年3月6日举行下一次会谈。",
                by(RecordLanguage.ZH));

        AlignedPair again = stale.agree(RecordLanguage.RU, 23, NOON.plusSeconds(60));

        assertThat(again.state(RecordLanguage.RU)).isEqualTo(TextState.AGREED);
        assertThat(again.side(RecordLanguage.RU).agreement().personId()).isEqualTo(23);
    }

    @Test
    void agreeingAnAgreedSideKeepsTheFirstConfirmation() {
        AlignedPair agreed = agreedPair(ZH, RU);

        assertThat(agreed.agree(RecordLanguage.ZH, 13, NOON.plusSeconds(60))).isSameAs(agreed);
    }

    @Test
    void theStaleSideSeesByCharacterWhatChangedInChineseSinceItAgreed() {
        AlignedPair stale = agreedPair("双方同意于2026年3月5日", RU)
                .withText(RecordLanguage.ZH, "双方同意于2026年3月6日", by(RecordLanguage.ZH));

        TextDiff changes = stale.changesSinceAgreement(RecordLanguage.RU);

        assertThat(changes.language()).isEqualTo(RecordLanguage.ZH);
        assertThat(changes.segments()).containsExactly(
                new TextDiff.Segment(TextDiff.Kind.EQUAL, "双方同意于2026年3月"),
                new TextDiff.Segment(TextDiff.Kind.DELETED, "5"),
                new TextDiff.Segment(TextDiff.Kind.INSERTED, "6"),
                new TextDiff.Segment(TextDiff.Kind.EQUAL, "日"));
    }

    @Test
    void theStaleSideSeesByWordWhatChangedInRussianSinceItAgreed() {
        AlignedPair stale = agreedPair(ZH, "Стороны согласились провести встречу")
                .withText(RecordLanguage.RU, "Стороны решили провести встречу", by(RecordLanguage.RU));

        TextDiff changes = stale.changesSinceAgreement(RecordLanguage.ZH);

        assertThat(changes.language()).isEqualTo(RecordLanguage.RU);
        assertThat(changes.segments()).containsExactly(
                new TextDiff.Segment(TextDiff.Kind.EQUAL, "Стороны "),
                new TextDiff.Segment(TextDiff.Kind.DELETED, "согласились"),
                new TextDiff.Segment(TextDiff.Kind.INSERTED, "решили"),
                new TextDiff.Segment(TextDiff.Kind.EQUAL, " провести встречу"));
    }

    @Test
    void aDraftSideHasNoChangesSinceAgreementToShow() {
        assertThatThrownBy(() -> draftPair(ZH, RU).changesSinceAgreement(RecordLanguage.ZH))
                .isInstanceOf(MinutesException.class)
                .extracting(e -> ((MinutesException) e).reason()).isEqualTo(MinutesException.Reason.NO_AGREEMENT);
    }
}
