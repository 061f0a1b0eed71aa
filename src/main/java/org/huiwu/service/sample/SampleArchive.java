// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.sample;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.common.Side;
import org.huiwu.domain.meeting.DelegationMember;
import org.huiwu.domain.meeting.DelegationRole;
import org.huiwu.domain.meeting.Meeting;
import org.huiwu.domain.meeting.MeetingLevel;
import org.huiwu.domain.meeting.MeetingStatus;
import org.huiwu.domain.person.Person;
import org.huiwu.domain.place.Place;
import org.huiwu.domain.place.PlaceKind;
import org.huiwu.service.archive.OpenArchive;

/**
 * Fills an empty archive with realistic, invented records: meetings at all three levels from 2018 to 2027, the
 * people of both delegations and the places where they meet. Every name is made up; the sample archive lives in a
 * folder of its own and says SAMPLE in the window title.
 */
public final class SampleArchive {

    public static final String NAME = "Sample · 示例 · Пример";
    /** The sample's passphrase is no secret: the welcome screen shows it. It opens as the representative. */
    public static final String PASSPHRASE = "sample";
    /** The representative who creates the sample (slot 1, passphrase {@link #PASSPHRASE}). */
    public static final String REPRESENTATIVE = "王立新";

    /** The other users of the sample, one of each role, each with a passphrase that is no secret either. */
    public enum SampleUser {
        DEPUTY("刘海燕", org.huiwu.domain.access.Role.DEPUTY, "deputy"),
        ASSISTANT("陈晓东", org.huiwu.domain.access.Role.ASSISTANT, "assistant"),
        ADMINISTRATOR("周建华", org.huiwu.domain.access.Role.ADMINISTRATOR, "admin");

        private final String userName;
        private final org.huiwu.domain.access.Role role;
        private final String passphrase;

        SampleUser(String userName, org.huiwu.domain.access.Role role, String passphrase) {
            this.userName = userName;
            this.role = role;
            this.passphrase = passphrase;
        }

        public String userName() {
            return userName;
        }

        public org.huiwu.domain.access.Role role() {
            return role;
        }

        public String passphrase() {
            return passphrase;
        }
    }

    private static final ZoneId BEIJING = Side.CHINA.homeZone();
    private static final ZoneId BISHKEK = Side.KYRGYZSTAN.homeZone();

    private final OpenArchive archive;
    private final Map<String, Place> places = new LinkedHashMap<>();
    private final Map<String, Person> people = new LinkedHashMap<>();

    private SampleArchive(OpenArchive archive) {
        this.archive = archive;
    }

    /** Writes the sample records into the (empty) archive and returns how many meetings it planned. */
    public static int fill(OpenArchive archive) {
        SampleArchive sample = new SampleArchive(archive);
        sample.addPlaces();
        sample.addPeople();
        int meetings = sample.addMeetings();
        SampleRecords.fill(archive, sample.people);
        SampleConfidentiality.fill(archive);
        addUsers(archive);
        SampleTrail.write(archive, java.time.Clock.systemUTC());
        return meetings;
    }

    /** One user of each role beside the representative who created the archive. */
    private static void addUsers(OpenArchive archive) {
        for (SampleUser user : SampleUser.values()) {
            char[] passphrase = user.passphrase().toCharArray();
            try {
                archive.users().add(user.userName(), user.role(), passphrase);
            } catch (UnsupportedOperationException e) {
                // An archive without users (a test's, in memory): the records are the sample all the same.
                return;
            } finally {
                java.util.Arrays.fill(passphrase, '\0');
            }
        }
    }

    private void addPlaces() {
        place("beijing", PlaceKind.CAPITAL, Side.CHINA, "北京", "Пекин", BEIJING);
        place("kashgar", PlaceKind.BORDER_CITY, Side.CHINA, "喀什", "Кашгар", BEIJING);
        place("artux", PlaceKind.BORDER_CITY, Side.CHINA, "阿图什", "Артуш", BEIJING);
        place("torugart-cn", PlaceKind.MEETING_STATION, Side.CHINA, "吐尔尕特会晤站",
                "Пункт встреч пограничных представителей «Торугарт» (китайская сторона)", BEIJING);
        place("irkeshtam-cn", PlaceKind.MEETING_STATION, Side.CHINA, "伊尔克什坦会晤站",
                "Пункт встреч пограничных представителей «Иркештам» (китайская сторона)", BEIJING);
        place("bishkek", PlaceKind.CAPITAL, Side.KYRGYZSTAN, "比什凯克", "Бишкек", BISHKEK);
        place("naryn", PlaceKind.BORDER_CITY, Side.KYRGYZSTAN, "纳伦", "Нарын", BISHKEK);
        place("osh", PlaceKind.BORDER_CITY, Side.KYRGYZSTAN, "奥什", "Ош", BISHKEK);
        place("bedel-kg", PlaceKind.MEETING_STATION, Side.KYRGYZSTAN, "别迭里会晤站（吉方）",
                "Пункт встреч пограничных представителей «Бедел»", BISHKEK);
        place("torugart-kg", PlaceKind.MEETING_STATION, Side.KYRGYZSTAN, "吐尔尕特会晤站（吉方）",
                "Пункт встреч пограничных представителей «Торугарт» (кыргызская сторона)", BISHKEK);
    }

    private void addPeople() {
        // Chinese side: names in characters with their Russian transcription.
        person("cn-leader", Side.CHINA, "孙立华", "Сунь Лихуа", "中将", "генерал-лейтенант",
                "国防部授权代表", "уполномоченный представитель Министерства обороны КНР");
        person("cn-district", Side.CHINA, "赵志强", "Чжао Чжицян", "少将", "генерал-майор",
                "新疆军区副司令员", "заместитель командующего Синьцзянским военным округом");
        person("cn-rep", Side.CHINA, "王建国", "Ван Цзяньго", "大校", "старший полковник",
                "中方边界代表", "пограничный представитель Китайской стороны");
        person("cn-deputy", Side.CHINA, "李明", "Ли Мин", "上校", "полковник",
                "中方副边界代表", "заместитель пограничного представителя Китайской стороны");
        person("cn-assistant", Side.CHINA, "张伟", "Чжан Вэй", "中校", "подполковник",
                "边界代表助手", "помощник пограничного представителя");
        person("cn-interpreter", Side.CHINA, "刘洋", "Лю Ян", "少校", "майор", "翻译", "переводчик");
        person("cn-liaison", Side.CHINA, "陈军", "Чэнь Цзюнь", "上尉", "капитан", "联络军官", "офицер связи");
        person("cn-expert", Side.CHINA, "周海燕", "Чжоу Хайянь", "中校", "подполковник",
                "边防技术专家", "эксперт по техническим средствам охраны границы");
        // Kyrgyz side: names in Cyrillic (with Ң Ө Ү) and their Chinese transcription.
        person("kg-leader", Side.KYRGYZSTAN, "别伊舍纳利耶夫·塔拉伊别克", "Бейшеналиев Таалайбек Өмүрович",
                "少将", "генерал-майор", "吉尔吉斯共和国边防总局局长", "Председатель Пограничной службы Кыргызской Республики");
        person("kg-district", Side.KYRGYZSTAN, "卡雷别科夫·米尔兰", "Карыбеков Мирлан Жаңыбаевич",
                "上校", "полковник", "边防总局副局长", "заместитель Председателя Пограничной службы");
        person("kg-rep", Side.KYRGYZSTAN, "阿萨诺夫·努尔兰", "Асанов Нурлан Сагынбекович", "上校", "полковник",
                "吉方边界代表", "пограничный представитель Кыргызской стороны");
        person("kg-deputy", Side.KYRGYZSTAN, "托克托苏诺夫·巴克特", "Токтосунов Бакыт Үсөнович", "中校", "подполковник",
                "吉方副边界代表", "заместитель пограничного представителя Кыргызской стороны");
        person("kg-assistant", Side.KYRGYZSTAN, "热恩别科娃·艾古丽", "Жээнбекова Айгүл Маратовна", "少校", "майор",
                "边界代表助手", "помощник пограничного представителя");
        person("kg-interpreter", Side.KYRGYZSTAN, "厄穆尔别科夫·努尔苏尔坦", "Өмүрбеков Нурсултан", "上尉", "капитан",
                "翻译", "переводчик");
        person("kg-liaison", Side.KYRGYZSTAN, "扎内巴耶夫·里纳特", "Жаңыбаев Ринат", "上尉", "капитан",
                "联络军官", "офицер связи");
    }

    private int addMeetings() {
        List<Meeting> meetings = new ArrayList<>();
        // Leadership meetings (Art. 3 (1)): every two years, alternating capitals; 2020 was cancelled.
        meetings.add(leadership(LocalDateTime.of(2018, 10, 16, 10, 0), "bishkek", MeetingStatus.HELD, 1));
        meetings.add(leadership(LocalDateTime.of(2020, 11, 10, 10, 0), "beijing", MeetingStatus.CANCELLED, 0));
        meetings.add(leadership(LocalDateTime.of(2021, 9, 14, 10, 0), "beijing", MeetingStatus.HELD, 2));
        meetings.add(leadership(LocalDateTime.of(2023, 9, 19, 10, 0), "bishkek", MeetingStatus.HELD, 3));
        meetings.add(leadership(LocalDateTime.of(2025, 9, 16, 10, 0), "beijing", MeetingStatus.HELD, 4));
        // Working meetings (Art. 3 (2)): border cities, as needed.
        meetings.add(working(LocalDateTime.of(2019, 5, 21, 9, 30), "kashgar", MeetingStatus.HELD));
        meetings.add(working(LocalDateTime.of(2022, 6, 14, 9, 30), "naryn", MeetingStatus.HELD));
        meetings.add(working(LocalDateTime.of(2024, 4, 23, 9, 30), "kashgar", MeetingStatus.HELD));
        meetings.add(working(LocalDateTime.of(2026, 5, 19, 9, 30), "osh", MeetingStatus.HELD));
        meetings.add(working(LocalDateTime.of(2027, 4, 20, 9, 30), "kashgar", MeetingStatus.PLANNED));
        // Talks of the border representatives (Art. 3 (3)): quarterly at the meeting stations.
        String[] stations = {"torugart-cn", "bedel-kg", "irkeshtam-cn", "torugart-kg"};
        int n = 0;
        for (int year = 2024; year <= 2026; year++) {
            for (int quarter = 1; quarter <= 4; quarter++) {
                LocalDateTime start = LocalDateTime.of(year, quarter * 3, 10 + quarter, 10, 0);
                String station = stations[n++ % stations.length];
                MeetingStatus status = MeetingStatus.HELD;
                if (year == 2026 && quarter == 3) {
                    // Postponed by a mudflow on the road to the station; held a month later.
                    start = LocalDateTime.of(2026, 10, 13, 10, 0);
                } else if (year == 2026 && quarter == 4) {
                    start = LocalDateTime.of(2026, 12, 15, 10, 0);
                    status = MeetingStatus.PLANNED;
                }
                meetings.add(talks(start, station, status, year, quarter));
            }
        }
        // Postponed from 16 March at the Kyrgyz side's request: the pass is closed by snow.
        meetings.add(talks(LocalDateTime.of(2027, 3, 30, 10, 0), "bedel-kg", MeetingStatus.POSTPONED, 2027, 1));
        meetings.forEach(archive.meetings()::save);
        return meetings.size();
    }

    private Meeting leadership(LocalDateTime start, String placeKey, MeetingStatus status, int number) {
        Place place = places.get(placeKey);
        Bilingual title = number > 0
                ? Bilingual.of("中国国防部与吉尔吉斯共和国边防总局第" + chineseNumber(number) + "次领导会晤",
                        number + "-я встреча руководства Министерства обороны КНР и Пограничной службы Кыргызской Республики")
                : Bilingual.of("中国国防部与吉尔吉斯共和国边防总局领导会晤",
                        "Встреча руководства Министерства обороны КНР и Пограничной службы Кыргызской Республики");
        return meeting(MeetingLevel.LEADERSHIP, title, start, 6, place, status,
                members("cn-leader", DelegationRole.REPRESENTATIVE, "cn-district", DelegationRole.DEPUTY,
                        "cn-interpreter", DelegationRole.INTERPRETER,
                        "kg-leader", DelegationRole.REPRESENTATIVE, "kg-district", DelegationRole.DEPUTY,
                        "kg-interpreter", DelegationRole.INTERPRETER));
    }

    private Meeting working(LocalDateTime start, String placeKey, MeetingStatus status) {
        Place place = places.get(placeKey);
        Bilingual title = Bilingual.of(start.getYear() + "年新疆军区与吉尔吉斯共和国边防总局工作会晤",
                "Рабочая встреча Синьцзянского военного округа и Пограничной службы Кыргызской Республики "
                        + start.getYear() + " года");
        return meeting(MeetingLevel.WORKING, title, start, 7, place, status,
                members("cn-district", DelegationRole.REPRESENTATIVE, "cn-rep", DelegationRole.DEPUTY,
                        "cn-interpreter", DelegationRole.INTERPRETER, "cn-expert", DelegationRole.EXPERT,
                        "kg-district", DelegationRole.REPRESENTATIVE, "kg-rep", DelegationRole.DEPUTY,
                        "kg-interpreter", DelegationRole.INTERPRETER));
    }

    private Meeting talks(LocalDateTime start, String placeKey, MeetingStatus status, int year, int quarter) {
        Place place = places.get(placeKey);
        String[] romanQuarter = {"I", "II", "III", "IV"};
        Bilingual title = Bilingual.of(year + "年第" + chineseNumber(quarter) + "季度中吉边界代表会谈",
                "Переговоры пограничных представителей Китая и Кыргызстана, " + romanQuarter[quarter - 1]
                        + " квартал " + year + " года");
        return meeting(MeetingLevel.TALKS, title, start, 4, place, status,
                members("cn-rep", DelegationRole.REPRESENTATIVE, "cn-deputy", DelegationRole.DEPUTY,
                        "cn-assistant", DelegationRole.ASSISTANT, "cn-interpreter", DelegationRole.INTERPRETER,
                        "cn-liaison", DelegationRole.LIAISON_OFFICER,
                        "kg-rep", DelegationRole.REPRESENTATIVE, "kg-deputy", DelegationRole.DEPUTY,
                        "kg-assistant", DelegationRole.ASSISTANT, "kg-interpreter", DelegationRole.INTERPRETER,
                        "kg-liaison", DelegationRole.LIAISON_OFFICER));
    }

    private Meeting meeting(MeetingLevel level, Bilingual title, LocalDateTime localStart, int hours, Place place,
                            MeetingStatus status, List<DelegationMember> delegation) {
        var start = localStart.atZone(place.zone()).toInstant();
        return new Meeting(null, UUID.randomUUID(), level, title, start, start.plusSeconds(hours * 3600L),
                place.zone(), place.id(), place.side(), status, delegation);
    }

    private List<DelegationMember> members(Object... keysAndRoles) {
        List<DelegationMember> members = new ArrayList<>();
        for (int i = 0; i < keysAndRoles.length; i += 2) {
            Person person = people.get((String) keysAndRoles[i]);
            members.add(DelegationMember.of(person.id(), person.side(), (DelegationRole) keysAndRoles[i + 1]));
        }
        return members;
    }

    private void place(String key, PlaceKind kind, Side side, String zh, String ru, ZoneId zone) {
        places.put(key, archive.places().save(Place.create(kind, side, Bilingual.of(zh, ru), zone)));
    }

    private void person(String key, Side side, String nameZh, String nameRu, String rankZh, String rankRu,
                        String postZh, String postRu) {
        people.put(key, archive.people().save(Person.create(side, Bilingual.of(nameZh, nameRu),
                Bilingual.of(rankZh, rankRu), Bilingual.of(postZh, postRu))));
    }

    private static String chineseNumber(int n) {
        String[] digits = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
        return n <= 10 ? digits[n] : "十" + digits[n - 10];
    }
}
