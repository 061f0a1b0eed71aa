// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;

import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.common.Side;
import org.huiwu.domain.common.Violation;
import org.huiwu.domain.person.Person;
import org.huiwu.domain.place.Place;
import org.huiwu.domain.place.PlaceKind;
import org.huiwu.service.ValidationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegisterServiceTest {

    private static final ZoneId URUMQI = ZoneId.of("Asia/Urumqi");

    private InMemoryRegisters store;
    private RegisterService registers;

    @BeforeEach
    void openRegisters() {
        store = new InMemoryRegisters();
        registers = store.service();
    }

    @Test
    void newPlaceNamedInBothLanguagesIsStoredWithAnId() {
        Place saved = registers.save(Place.create(PlaceKind.MEETING_STATION, Side.CHINA,
                Bilingual.of("吐尔尕特会晤站", "Пункт встреч Торугарт"), URUMQI));

        assertThat(saved.id()).isNotNull();
        assertThat(registers.places()).containsExactly(saved);
    }

    @Test
    void savingAKnownPlaceChangesItInsteadOfAddingAnother() {
        Place saved = registers.save(Place.create(PlaceKind.BORDER_CITY, Side.KYRGYZSTAN,
                Bilingual.of("纳伦", "Нарын"), ZoneId.of("Asia/Bishkek")));

        Place renamed = registers.save(new Place(saved.id(), saved.uuid(), saved.kind(), saved.side(),
                Bilingual.of("纳伦市", "город Нарын"), saved.zone()));

        assertThat(registers.places()).containsExactly(renamed);
        assertThat(renamed.uuid()).isEqualTo(saved.uuid());
    }

    @ParameterizedTest(name = "zh=''{0}'' ru=''{1}''")
    @CsvSource({"'', Пункт встреч Торугарт", "吐尔尕特会晤站, ''", "'', ''", "'   ', Торугарт", "吐尔尕特, '  '"})
    void placeWithoutBothNamesIsRefusedAndNothingIsWritten(String zh, String ru) {
        Place place = Place.create(PlaceKind.MEETING_STATION, Side.CHINA, Bilingual.of(zh, ru), URUMQI);

        assertThatThrownBy(() -> registers.save(place))
                .isInstanceOfSatisfying(ValidationException.class, refusal -> assertThat(refusal.violations())
                        .containsExactly(new Violation("name", "register.validation.bothNames")));
        assertThat(store.places().saves()).isZero();
        assertThat(registers.places()).isEmpty();
    }

    @Test
    void personNamedInBothScriptsIsStoredWithRankAndPost() {
        Person saved = registers.save(Person.create(Side.KYRGYZSTAN, Bilingual.of("阿斯卡尔", "Аскар Токтогулов"),
                Bilingual.of("上校", "полковник"), Bilingual.of("边界代表", "пограничный представитель")));

        assertThat(saved.id()).isNotNull();
        assertThat(registers.people()).singleElement().satisfies(person -> {
            assertThat(person.rank()).isEqualTo(Bilingual.of("上校", "полковник"));
            assertThat(person.post().ru()).isEqualTo("пограничный представитель");
        });
    }

    @Test
    void personWithoutRankOrPostIsStillAccepted() {
        Person saved = registers.save(Person.create(Side.CHINA, Bilingual.of("王伟", "Ван Вэй"), null, null));

        assertThat(saved.rank()).isEqualTo(Bilingual.EMPTY);
        assertThat(saved.post()).isEqualTo(Bilingual.EMPTY);
    }

    @ParameterizedTest(name = "zh=''{0}'' ru=''{1}''")
    @CsvSource({"'', Ван Вэй", "王伟, ''", "'', ''", "' ', ' '"})
    void personWithoutTheNameInBothScriptsIsRefusedAndNothingIsWritten(String zh, String ru) {
        Person person = Person.create(Side.CHINA, Bilingual.of(zh, ru), Bilingual.EMPTY, Bilingual.EMPTY);

        assertThatThrownBy(() -> registers.save(person))
                .isInstanceOfSatisfying(ValidationException.class, refusal -> assertThat(refusal.violations())
                        .extracting(Violation::messageKey)
                        .containsExactly("register.validation.bothNames"));
        assertThat(store.people().saves()).isZero();
    }

    @Test
    void registersListPeopleAndPlacesInTheStoresOrder() {
        Person kyrgyz = registers.save(Person.create(Side.KYRGYZSTAN, Bilingual.of("阿斯卡尔", "Аскар"), null, null));
        Person chinese = registers.save(Person.create(Side.CHINA, Bilingual.of("王伟", "Ван Вэй"), null, null));

        assertThat(registers.people()).containsExactly(chinese, kyrgyz);
    }
}
