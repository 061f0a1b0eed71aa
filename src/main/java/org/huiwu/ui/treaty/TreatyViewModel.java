// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.treaty;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.treaty.Treaty;
import org.huiwu.domain.treaty.TreatyTerm.TermStatus;
import org.huiwu.i18n.Formats;
import org.huiwu.i18n.Messages;
import org.huiwu.service.treaty.TreatyService;

/**
 * The 2008 agreement for reading: the entries of the article list (the preamble first), the aligned paragraphs of
 * the chosen entry, and the state of the term under Art. 10 as ready-made sentences in the UI language.
 */
public final class TreatyViewModel {

    /** The list entry of the preamble; articles follow it in order. */
    public static final int PREAMBLE = 0;

    private final TreatyService service;
    private final Messages messages;
    private final Formats formats;
    private final Treaty treaty;

    private final ObservableList<String> entries = FXCollections.observableArrayList();
    private final IntegerProperty selectedIndex = new SimpleIntegerProperty(PREAMBLE);
    private final ReadOnlyObjectWrapper<Bilingual> heading = new ReadOnlyObjectWrapper<>(Bilingual.EMPTY);
    private final ObservableList<Bilingual> paragraphs = FXCollections.observableArrayList();
    // One read-only view of each list, kept here: a fresh wrapper per call would drop its listeners once collected.
    private final ObservableList<String> entriesView = FXCollections.unmodifiableObservableList(entries);
    private final ObservableList<Bilingual> paragraphsView = FXCollections.unmodifiableObservableList(paragraphs);

    private final ReadOnlyStringWrapper termPeriod = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper termExpiry = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper termNotice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper termDaysLeft = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper noticeDeadlinePassed = new ReadOnlyBooleanWrapper(false);

    public TreatyViewModel(TreatyService treaty, Messages messages, Formats formats) {
        this.service = treaty;
        this.messages = messages;
        this.formats = formats;
        this.treaty = treaty.treaty();
        List<String> labels = new ArrayList<>();
        labels.add(messages.get("treaty.preamble"));
        for (Treaty.Article article : this.treaty.articles()) {
            labels.add(article.heading().joined());
        }
        entries.setAll(labels);
        selectedIndex.addListener((obs, old, index) -> showEntry(index.intValue()));
        showEntry(PREAMBLE);
        refreshTerm();
    }

    /** The article list: the preamble, then "第一条 · Статья 1" and so on. */
    public ObservableList<String> entries() {
        return entriesView;
    }

    /** The chosen entry; an index outside the list is ignored (the list shows no selection for a moment). */
    public IntegerProperty selectedIndexProperty() {
        return selectedIndex;
    }

    /** The heading over the chosen entry's text: the agreement's title for the preamble, else the article's. */
    public ReadOnlyObjectProperty<Bilingual> headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** The chosen entry's paragraphs, Chinese and Russian aligned pair by pair. */
    public ObservableList<Bilingual> paragraphs() {
        return paragraphsView;
    }

    /** Recomputes the term texts for today (the view may stay open across midnight). */
    public void refreshTerm() {
        TermStatus term = service.termToday();
        termPeriod.set(messages.get("treaty.term.period", term.period(), formats.date(term.periodStart()),
                formats.date(term.expiry())));
        termExpiry.set(messages.get("treaty.term.expiry", formats.date(term.expiry())));
        noticeDeadlinePassed.set(!term.noticeOpen());
        termNotice.set(term.noticeOpen()
                ? messages.get("treaty.term.noticeOpen", formats.date(term.noticeDeadline()),
                        formats.date(term.expiry()))
                : messages.get("treaty.term.noticePassed", formats.date(term.noticeDeadline()),
                        formats.date(term.expiry()), formats.date(term.earliestEnd()),
                        formats.date(term.nextNoticeDeadline())));
        termDaysLeft.set(messages.get("treaty.term.daysLeft", term.daysToNoticeDeadline()));
    }

    /** "Current period of validity (No. 4): 16 December 2023 – 16 December 2028". */
    public ReadOnlyStringProperty termPeriodProperty() {
        return termPeriod.getReadOnlyProperty();
    }

    /** When the current period expires and that it renews by itself. */
    public ReadOnlyStringProperty termExpiryProperty() {
        return termExpiry.getReadOnlyProperty();
    }

    /** The last day for written notice, or, once it has passed, the earliest end notice can still bring. */
    public ReadOnlyStringProperty termNoticeProperty() {
        return termNotice.getReadOnlyProperty();
    }

    /** Days left to the notice deadline that matters today. */
    public ReadOnlyStringProperty termDaysLeftProperty() {
        return termDaysLeft.getReadOnlyProperty();
    }

    /** Whether this period's notice deadline is behind us, so the card can mark the notice line. */
    public ReadOnlyBooleanProperty noticeDeadlinePassedProperty() {
        return noticeDeadlinePassed.getReadOnlyProperty();
    }

    private void showEntry(int index) {
        if (index < 0 || index >= entries.size()) {
            return;
        }
        if (index == PREAMBLE) {
            heading.set(treaty.title());
            paragraphs.setAll(treaty.preamble());
        } else {
            Treaty.Article article = treaty.articles().get(index - 1);
            heading.set(article.heading());
            paragraphs.setAll(article.paragraphs());
        }
    }
}
