// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.record;

import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.huiwu.domain.minutes.Minutes;
import org.huiwu.domain.minutes.VersionComparison;
import org.huiwu.service.minutes.MinutesService;

/**
 * The versions of a meeting's minutes: any two side by side, clause by clause, what changed from the older to the
 * newer. One version compared with itself reads as that version, so old versions stay readable here.
 */
public final class VersionsViewModel {

    private final MinutesService service;
    private final ObservableList<Minutes> versions = FXCollections.observableArrayList();
    private final ObjectProperty<Minutes> older = new SimpleObjectProperty<>();
    private final ObjectProperty<Minutes> newer = new SimpleObjectProperty<>();
    private final ObjectProperty<VersionComparison> comparison = new SimpleObjectProperty<>();
    private final ObservableList<VersionComparison.Row> rows = FXCollections.observableArrayList();

    public VersionsViewModel(MinutesService service) {
        this.service = service;
        older.addListener((obs, was, now) -> compare());
        newer.addListener((obs, was, now) -> compare());
    }

    /** Loads the versions; compares the newest with the one before it (or with itself when there is one). */
    public void load(long meetingId) {
        List<Minutes> all = service.versions(meetingId);
        versions.setAll(all);
        if (all.isEmpty()) {
            older.set(null);
            newer.set(null);
            compare();
            return;
        }
        newer.set(all.get(all.size() - 1));
        older.set(all.get(Math.max(0, all.size() - 2)));
    }

    private void compare() {
        Minutes a = older.get();
        Minutes b = newer.get();
        if (a == null || b == null) {
            comparison.set(null);
            rows.clear();
            return;
        }
        if (a.version() > b.version()) {
            Minutes swap = a;
            a = b;
            b = swap;
        }
        VersionComparison result = service.compare(a, b);
        comparison.set(result);
        rows.setAll(result.rows());
    }

    public ObservableList<Minutes> versions() {
        return versions;
    }

    public ObjectProperty<Minutes> olderProperty() {
        return older;
    }

    public ObjectProperty<Minutes> newerProperty() {
        return newer;
    }

    public ReadOnlyObjectProperty<VersionComparison> comparisonProperty() {
        return comparison;
    }

    public ObservableList<VersionComparison.Row> rows() {
        return rows;
    }
}
