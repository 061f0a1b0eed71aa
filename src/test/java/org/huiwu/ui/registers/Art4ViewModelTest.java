// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.registers;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.huiwu.domain.access.Actor;
import org.huiwu.domain.access.Role;
import org.huiwu.domain.agenda.InformationCategory;
import org.huiwu.domain.audit.AuditAction;
import org.huiwu.domain.common.Side;
import org.huiwu.domain.confidentiality.InformationChannel;
import org.huiwu.i18n.Language;
import org.huiwu.i18n.Messages;
import org.huiwu.service.confidentiality.ConfidentialityService;
import org.huiwu.service.confidentiality.InMemoryConfidentiality;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The Art. 4 tab's models without a toolkit. */
class Art4ViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T04:00:00Z"), ZoneOffset.UTC);
    private static final UUID AGENDA_ITEM = UUID.randomUUID();
    private static final UUID CLAUSE = UUID.randomUUID();

    private final Messages english = Messages.of(Language.ENGLISH);
    private final InMemoryConfidentiality registers = new InMemoryConfidentiality();
    private final List<AuditAction> audited = new ArrayList<>();

    private final Art4Links links = new Art4Links() {
        @Override
        public List<MeetingChoice> meetings() {
            return List.of(new MeetingChoice(7, "会谈 · Переговоры"));
        }

        @Override
        public List<LinkChoice> agendaItems(long meetingId) {
            return List.of(new LinkChoice(AGENDA_ITEM, "1. 边境形势"));
        }

        @Override
        public List<LinkChoice> clauses(long meetingId) {
            return List.of(new LinkChoice(CLAUSE, "1. 双方通报……"));
        }
    };

    private Art4ViewModel model(Role role) {
        ConfidentialityService service = new ConfidentialityService(registers, Side.CHINA, CLOCK,
                () -> new Actor("user", role), (action, subject, detail) -> audited.add(action));
        return new Art4ViewModel(service, links, english, role.may(org.huiwu.domain.access.Permission
                .KEEP_CONFIDENTIAL_REGISTERS));
    }

    @Test
    void anItemIsRegisteredWithItsLinksAndListedInTheUsersLanguage() {
        Art4ViewModel model = model(Role.REPRESENTATIVE);
        model.load();
        assertThat(model.items()).isEmpty();

        InformationItemEditorViewModel editor = model.addItem();
        assertThat(editor.sideProperty().get()).as("usually from the other side").isEqualTo(Side.KYRGYZSTAN);
        editor.categoryProperty().set(InformationCategory.SEARCHES);
        editor.receivedOnProperty().set(LocalDate.of(2026, 11, 2));
        editor.channelProperty().set(InformationChannel.LIAISON);
        assertThat(editor.valid().get()).as("no text yet").isFalse();
        assertThat(editor.save()).isFalse();
        assertThat(editor.problemText().get()).isEqualTo(english.get("art4.editor.incomplete"));
        editor.ruProperty().set("Розыск нарушителей");
        editor.meetingProperty().set(editor.meetings().get(0));
        assertThat(editor.agendaChoices()).hasSize(1);
        editor.linkedAgendaItems().add(AGENDA_ITEM);
        editor.linkedClauses().add(CLAUSE);

        assertThat(editor.save()).isTrue();

        assertThat(model.items()).singleElement().satisfies(row -> {
            assertThat(row.category()).isEqualTo(english.get("agreement.category.searches"));
            assertThat(row.side()).isEqualTo(english.get("side.kyrgyzstan"));
            assertThat(row.channel()).isEqualTo(english.get("art4.channel.liaison"));
            assertThat(row.item().agendaItems()).containsExactly(AGENDA_ITEM);
            assertThat(row.item().clauses()).containsExactly(CLAUSE);
        });
        assertThat(audited).containsExactly(AuditAction.REGISTERED);
    }

    @Test
    void editingKeepsTheUuidAndLinksOfOtherMeetings() {
        Art4ViewModel model = model(Role.REPRESENTATIVE);
        InformationItemEditorViewModel first = model.addItem();
        first.categoryProperty().set(InformationCategory.SMUGGLING);
        first.receivedOnProperty().set(LocalDate.of(2026, 11, 2));
        first.zhProperty().set("走私");
        first.linkedClauses().add(CLAUSE);
        first.save();
        UUID uuid = model.items().get(0).item().uuid();

        model.selectedItemProperty().set(model.items().get(0));
        InformationItemEditorViewModel edit = model.editSelectedItem().orElseThrow();
        assertThat(edit.isEditing()).isTrue();
        edit.zhProperty().set("走私武器");
        assertThat(edit.save()).isTrue();

        assertThat(model.items()).singleElement().satisfies(row -> {
            assertThat(row.item().uuid()).isEqualTo(uuid);
            assertThat(row.item().text().zh()).isEqualTo("走私武器");
            assertThat(row.item().clauses()).containsExactly(CLAUSE);
        });
        assertThat(audited).containsExactly(AuditAction.REGISTERED, AuditAction.CHANGED);
    }

    @Test
    void aConsentNeedsAReferenceAPartyAndAScopeAndIsListed() {
        Art4ViewModel model = model(Role.REPRESENTATIVE);
        ConsentEditorViewModel editor = model.addConsent();
        editor.givenOnProperty().set(LocalDate.of(2026, 11, 20));
        editor.referenceProperty().set("№ 04-2/131");
        editor.thirdPartyProperty().set("OSCE");
        assertThat(editor.valid().get()).as("no scope").isFalse();
        editor.categories().add(InformationCategory.ILLEGAL_CROSSINGS);
        editor.validUntilProperty().set(LocalDate.of(2026, 11, 1));
        assertThat(editor.valid().get()).as("ends before given").isFalse();
        editor.validUntilProperty().set(null);

        assertThat(editor.save()).isTrue();

        assertThat(model.consents()).singleElement().satisfies(row -> {
            assertThat(row.thirdParty()).isEqualTo("OSCE");
            assertThat(row.scope()).isEqualTo(english.get("agreement.category.illegalCrossings"));
            assertThat(row.validUntil()).isEmpty();
        });
    }

    @Test
    void editingAConsentCorrectsItInPlace() {
        Art4ViewModel model = model(Role.REPRESENTATIVE);
        ConsentEditorViewModel editor = model.addConsent();
        editor.givenOnProperty().set(LocalDate.of(2026, 11, 20));
        editor.referenceProperty().set("№ 04-2/13");
        editor.thirdPartyProperty().set("OSCE");
        editor.categories().add(InformationCategory.ILLEGAL_CROSSINGS);
        editor.save();
        UUID uuid = model.consents().get(0).consent().uuid();

        model.selectedConsentProperty().set(model.consents().get(0));
        ConsentEditorViewModel edit = model.editSelectedConsent().orElseThrow();
        assertThat(edit.isEditing()).isTrue();
        assertThat(edit.categories()).containsExactly(InformationCategory.ILLEGAL_CROSSINGS);
        edit.referenceProperty().set("№ 04-2/131");
        edit.categories().add(InformationCategory.SEARCHES);
        assertThat(edit.save()).isTrue();

        assertThat(model.consents()).singleElement().satisfies(row -> {
            assertThat(row.consent().uuid()).isEqualTo(uuid);
            assertThat(row.reference()).isEqualTo("№ 04-2/131");
            assertThat(row.consent().categories()).containsExactlyInAnyOrder(InformationCategory.ILLEGAL_CROSSINGS,
                    InformationCategory.SEARCHES);
        });
        assertThat(audited).containsExactly(AuditAction.REGISTERED, AuditAction.CHANGED);
    }

    @Test
    void aRoleThatDoesNotKeepTheRegistersReadsThemAndIsRefusedWithTheReason() {
        Art4ViewModel representative = model(Role.REPRESENTATIVE);
        InformationItemEditorViewModel item = representative.addItem();
        item.categoryProperty().set(InformationCategory.SMUGGLING);
        item.receivedOnProperty().set(LocalDate.of(2026, 11, 2));
        item.zhProperty().set("走私");
        item.save();

        Art4ViewModel assistant = model(Role.ASSISTANT);
        assertThat(assistant.mayKeep()).isFalse();
        assistant.load();
        assertThat(assistant.items()).hasSize(1);
        ConsentEditorViewModel consent = assistant.addConsent();
        consent.givenOnProperty().set(LocalDate.of(2026, 11, 20));
        consent.referenceProperty().set("№ 1");
        consent.thirdPartyProperty().set("OSCE");
        consent.categories().add(InformationCategory.SMUGGLING);

        assertThat(consent.save()).isFalse();
        assertThat(consent.problemText().get()).contains(english.get("access.role.assistant"));
        assertThat(registers.consents()).isEmpty();
        assertThat(model(Role.REPRESENTATIVE).mayKeep()).isTrue();
    }
}
