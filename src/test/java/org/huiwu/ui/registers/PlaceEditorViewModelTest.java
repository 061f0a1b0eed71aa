// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.registers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.common.Side;
import org.huiwu.domain.common.Violation;
import org.huiwu.domain.place.Place;
import org.huiwu.domain.place.PlaceKind;
import org.huiwu.i18n.Language;
import org.huiwu.i18n.Messages;
import org.huiwu.service.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaceEditorViewModelTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ZoneId URUMQI = ZoneId.of("Asia/Urumqi");
    private static final ZoneId BISHKEK = ZoneId.of("Asia/Bishkek");

    private final Messages english = Messages.of(Language.ENGLISH);
    private final List<Place> stored = new ArrayList<>();
    private final Function<Place, Place> store = place -> {
        Place saved = place.id() == null ? place.withId(stored.size() + 1L) : place;
        stored.add(saved);
        return saved;
    };

    private PlaceEditorViewModel newPlace(Side side) {
        return PlaceEditorViewModel.forNew(PlaceKind.MEETING_STATION, side, List.of(), store, english);
    }

    @ParameterizedTest
    @CsvSource({"CHINA, Asia/Shanghai", "KYRGYZSTAN, Asia/Bishkek"})
    void newPlaceIsInItsSidesZone(Side side, String zone) {
        assertThat(newPlace(side).zoneProperty().get()).isEqualTo(ZoneId.of(zone));
    }

    @Test
    void changingTheSideMovesTheZoneWhileTheUserHasNotChosenOne() {
        PlaceEditorViewModel form = newPlace(Side.CHINA);

        form.sideProperty().set(Side.KYRGYZSTAN);
        assertThat(form.zoneProperty().get()).isEqualTo(BISHKEK);

        form.sideProperty().set(Side.CHINA);
        assertThat(form.zoneProperty().get()).isEqualTo(SHANGHAI);
    }

    @Test
    void zoneTheUserChoseStaysWhenTheSideChanges() {
        PlaceEditorViewModel form = newPlace(Side.KYRGYZSTAN);

        form.zoneProperty().set(URUMQI);
        form.sideProperty().set(Side.CHINA);

        assertThat(form.zoneProperty().get()).isEqualTo(URUMQI);
    }

    @Test
    void editedPlaceKeepsItsOwnZoneWhenTheSideChanges() {
        Place irkeshtam = new Place(3L, UUID.randomUUID(), PlaceKind.MEETING_STATION, Side.CHINA,
                Bilingual.of("伊尔克什坦会晤站", "Пункт встреч Иркештам"), URUMQI);
        PlaceEditorViewModel form = PlaceEditorViewModel.forEdit(irkeshtam, List.of(URUMQI), store, english);

        form.sideProperty().set(Side.KYRGYZSTAN);

        assertThat(form.zoneProperty().get()).isEqualTo(URUMQI);
    }

    @Test
    void zonesOfThisBorderComeFirstThenTheOthersTheRegisterUses() {
        ZoneId almaty = ZoneId.of("Asia/Almaty");
        PlaceEditorViewModel form = PlaceEditorViewModel.forNew(PlaceKind.CAPITAL, Side.CHINA,
                List.of(BISHKEK, almaty, SHANGHAI), store, english);

        assertThat(form.zones()).containsExactly(SHANGHAI, URUMQI, BISHKEK, almaty);
    }

    @Test
    void editedPlacesUnusualZoneIsOffered() {
        ZoneId tashkent = ZoneId.of("Asia/Tashkent");
        Place place = new Place(1L, UUID.randomUUID(), PlaceKind.OTHER, Side.KYRGYZSTAN,
                Bilingual.of("塔什干", "Ташкент"), tashkent);

        assertThat(PlaceEditorViewModel.forEdit(place, List.of(), store, english).zones()).contains(tashkent);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ENGLISH | Asia/Shanghai | Asia/Shanghai (UTC+08:00)",
        "RUSSIAN | Asia/Bishkek  | Asia/Bishkek (UTC+06:00)",
        "CHINESE | Asia/Urumqi   | Asia/Urumqi（UTC+06:00）",
        "ENGLISH | UTC           | UTC (UTC+00:00)"})
    void zoneIsNamedWithItsOffset(Language language, String zone, String text) {
        PlaceEditorViewModel form = PlaceEditorViewModel.forNew(PlaceKind.OTHER, Side.CHINA, List.of(), store,
                Messages.of(language));

        assertThat(form.zoneText(ZoneId.of(zone))).isEqualTo(text);
    }

    @Test
    void kindsAndSidesAreNamedInTheUsersLanguage() {
        Messages chinese = Messages.of(Language.CHINESE);
        PlaceEditorViewModel form = PlaceEditorViewModel.forNew(PlaceKind.OTHER, Side.CHINA, List.of(), store,
                chinese);

        assertThat(form.kinds()).containsExactly(PlaceKind.values());
        assertThat(form.kindText(PlaceKind.MEETING_STATION)).isEqualTo("会晤站");
        assertThat(form.sideText(Side.KYRGYZSTAN)).isEqualTo("吉方");
        assertThat(form.title()).isEqualTo("添加地点");
    }

    @Test
    void newPlaceNeedsBothNamesBeforeItCanBeSaved() {
        PlaceEditorViewModel form = newPlace(Side.KYRGYZSTAN);
        form.nameRuProperty().set("Пункт встреч Торугарт");

        assertThat(form.valid().get()).isFalse();
        assertThat(form.nameZhError().get()).isEqualTo(english.get("place.validation.nameZhMissing"));
        assertThat(form.save()).isFalse();
        assertThat(stored).isEmpty();

        form.nameZhProperty().set("吐尔尕特会晤站");
        assertThat(form.valid().get()).isTrue();
        assertThat(form.nameZhError().get()).isEmpty();
    }

    @Test
    void savingStoresKindSideNamesAndTheChosenZone() {
        PlaceEditorViewModel form = newPlace(Side.CHINA);
        form.kindProperty().set(PlaceKind.BORDER_CITY);
        form.nameZhProperty().set("喀什");
        form.nameRuProperty().set("Кашгар");
        form.zoneProperty().set(URUMQI);

        assertThat(form.save()).isTrue();

        assertThat(form.savedProperty().get()).satisfies(saved -> {
            assertThat(saved.id()).isNotNull();
            assertThat(saved.kind()).isEqualTo(PlaceKind.BORDER_CITY);
            assertThat(saved.side()).isEqualTo(Side.CHINA);
            assertThat(saved.name()).isEqualTo(Bilingual.of("喀什", "Кашгар"));
            assertThat(saved.zone()).isEqualTo(URUMQI);
        });
    }

    @Test
    void savingAnEditedPlaceKeepsItsIdentity() {
        Place naryn = new Place(4L, UUID.randomUUID(), PlaceKind.BORDER_CITY, Side.KYRGYZSTAN,
                Bilingual.of("纳伦", "Нарын"), BISHKEK);
        PlaceEditorViewModel form = PlaceEditorViewModel.forEdit(naryn, List.of(), store, english);
        form.nameZhProperty().set("纳伦市");

        form.save();

        assertThat(form.savedProperty().get().id()).isEqualTo(4L);
        assertThat(form.savedProperty().get().uuid()).isEqualTo(naryn.uuid());
        assertThat(form.savedProperty().get().name().zh()).isEqualTo("纳伦市");
    }

    @Test
    void refusedSaveShowsTheReasonAndKeepsTheForm() {
        PlaceEditorViewModel form = PlaceEditorViewModel.forNew(PlaceKind.CAPITAL, Side.CHINA, List.of(), place -> {
            throw new ValidationException(List.of(new Violation("name", "register.validation.bothNames")));
        }, english);
        form.nameZhProperty().set("北京");
        form.nameRuProperty().set("Пекин");

        assertThat(form.save()).isFalse();

        assertThat(form.problemText().get()).isEqualTo(english.get("register.validation.bothNames"));
        assertThat(form.nameZhProperty().get()).isEqualTo("北京");
        assertThat(form.kindProperty().get()).isEqualTo(PlaceKind.CAPITAL);
    }
}
