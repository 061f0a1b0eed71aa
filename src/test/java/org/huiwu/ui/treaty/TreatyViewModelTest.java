// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.treaty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import javafx.collections.ListChangeListener;

import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.treaty.Treaty;
import org.huiwu.i18n.Formats;
import org.huiwu.i18n.Language;
import org.huiwu.i18n.Messages;
import org.huiwu.service.treaty.TreatyService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class TreatyViewModelTest {

    private static final ZoneId BISHKEK = ZoneId.of("Asia/Bishkek");

    private static TreatyService serviceOn(LocalDate day) {
        return new TreatyService(Clock.fixed(day.atTime(10, 0).atZone(BISHKEK).toInstant(), BISHKEK));
    }

    private static TreatyViewModel modelOn(LocalDate day, Language language) {
        return new TreatyViewModel(serviceOn(day), Messages.of(language), new Formats(language));
    }

    private static TreatyViewModel english(LocalDate day) {
        return modelOn(day, Language.ENGLISH);
    }

    @Test
    void listStartsWithThePreambleThenTheArticlesInBothLanguages() {
        TreatyViewModel model = english(LocalDate.of(2026, 11, 27));

        assertThat(model.entries()).hasSize(11);
        assertThat(model.entries().get(0)).isEqualTo("Preamble");
        assertThat(model.entries().get(1)).isEqualTo("第一条 · Статья 1");
        assertThat(model.entries().get(10)).isEqualTo("第十条 · Статья 10");
    }

    @Test
    void preambleIsShownFirstUnderTheAgreementsTitle() {
        TreatyService service = serviceOn(LocalDate.of(2026, 11, 27));
        Treaty treaty = service.treaty();
        TreatyViewModel model = new TreatyViewModel(service, Messages.of(Language.ENGLISH),
                new Formats(Language.ENGLISH));

        assertThat(model.selectedIndexProperty().get()).isEqualTo(TreatyViewModel.PREAMBLE);
        assertThat(model.headingProperty().get()).isEqualTo(treaty.title());
        assertThat(model.paragraphs()).containsExactlyElementsOf(treaty.preamble());
    }

    @Test
    void choosingAnArticleShowsItsAlignedParagraphs() {
        TreatyViewModel model = english(LocalDate.of(2026, 11, 27));

        model.selectedIndexProperty().set(3);

        assertThat(model.headingProperty().get()).isEqualTo(Bilingual.of("第三条", "Статья 3"));
        assertThat(model.paragraphs()).hasSize(4)
                .allSatisfy(pair -> assertThat(pair.isComplete()).isTrue());
        assertThat(model.paragraphs().get(2).zh()).startsWith("（二）");
        assertThat(model.paragraphs().get(2).ru()).startsWith("2)");
    }

    @Test
    void viewsListeningToTheParagraphsHearEveryChoice() {
        TreatyViewModel model = english(LocalDate.of(2026, 11, 27));
        List<Integer> sizes = new ArrayList<>();
        model.paragraphs().addListener((ListChangeListener<Bilingual>) change -> sizes.add(change.getList().size()));
        System.gc(); // the list a view listens to must outlive a collection

        model.selectedIndexProperty().set(3);

        assertThat(sizes).containsExactly(4);
    }

    @Test
    void goingBackToThePreambleShowsItAgain() {
        TreatyViewModel model = english(LocalDate.of(2026, 11, 27));
        model.selectedIndexProperty().set(10);

        model.selectedIndexProperty().set(TreatyViewModel.PREAMBLE);

        assertThat(model.paragraphs().get(0).zh()).startsWith("中华人民共和国国防部和吉尔吉斯共和国边防总局");
    }

    @Test
    void noSelectionKeepsTheTextThatWasShown() {
        TreatyViewModel model = english(LocalDate.of(2026, 11, 27));
        model.selectedIndexProperty().set(5);

        model.selectedIndexProperty().set(-1);

        assertThat(model.headingProperty().get()).isEqualTo(Bilingual.of("第五条", "Статья 5"));
    }

    @Test
    void termCardNamesThePeriodItsExpiryAndTheNoticeDeadline() {
        TreatyViewModel model = english(LocalDate.of(2026, 11, 27));

        assertThat(model.termPeriodProperty().get())
                .isEqualTo("Current five-year period (No. 4): 16 December 2023 – 16 December 2028");
        assertThat(model.termExpiryProperty().get()).startsWith("This period expires on 16 December 2028.");
        assertThat(model.termNoticeProperty().get())
                .isEqualTo("Last day for written notice of termination: 16 June 2028. "
                        + "Notice given by then ends the agreement on 16 December 2028.");
        assertThat(model.termDaysLeftProperty().get()).isEqualTo("567 days left until the notice deadline");
        assertThat(model.noticeDeadlinePassedProperty().get()).isFalse();
    }

    @Test
    void onTheDeadlineDayTheCardSaysItIsToday() {
        TreatyViewModel model = english(LocalDate.of(2028, 6, 16));

        assertThat(model.termDaysLeftProperty().get()).isEqualTo("The notice deadline is today");
        assertThat(model.noticeDeadlinePassedProperty().get()).isFalse();
    }

    @Test
    void afterTheDeadlineTheCardSaysNoticeCanOnlyEndTheNextPeriod() {
        TreatyViewModel model = english(LocalDate.of(2028, 6, 17));

        assertThat(model.noticeDeadlinePassedProperty().get()).isTrue();
        assertThat(model.termNoticeProperty().get())
                .contains("(16 June 2028) has passed")
                .contains("renewed on 16 December 2028")
                .contains("no earlier than 16 December 2033")
                .contains("16 June 2033");
        assertThat(model.termDaysLeftProperty().get()).isEqualTo("1,825 days left until the notice deadline");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "CHINESE, 2028年6月16日, 2028年12月16日",
            "RUSSIAN, 16 июня 2028 г., 16 декабря 2028 г.",
            "ENGLISH, 16 June 2028, 16 December 2028",
    })
    void termDatesAreWrittenAsTheUiLanguageWritesThem(Language language, String deadline, String expiry) {
        TreatyViewModel model = modelOn(LocalDate.of(2026, 11, 27), language);

        // Newer JDKs' CLDR writes a no-break space before "г."; it reads the same.
        assertThat(spaces(model.termNoticeProperty().get())).contains(deadline).contains(expiry);
        assertThat(spaces(model.termExpiryProperty().get())).contains(expiry);
    }

    private static String spaces(String text) {
        return text.replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyTermTextHasItsTranslation(Language language) {
        for (LocalDate day : new LocalDate[] {LocalDate.of(2028, 6, 16), LocalDate.of(2028, 6, 17)}) {
            TreatyViewModel model = modelOn(day, language);

            // Messages shows the bare key when a translation is missing.
            assertThat(model.entries().get(0)).doesNotStartWith("treaty.");
            assertThat(model.termPeriodProperty().get()).doesNotStartWith("treaty.");
            assertThat(model.termExpiryProperty().get()).doesNotStartWith("treaty.");
            assertThat(model.termNoticeProperty().get()).doesNotStartWith("treaty.");
            assertThat(model.termDaysLeftProperty().get()).doesNotStartWith("treaty.");
        }
    }
}
