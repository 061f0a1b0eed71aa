// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.registers;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.common.Side;
import org.huiwu.domain.place.Place;
import org.huiwu.domain.place.PlaceKind;
import org.huiwu.i18n.Messages;

/**
 * The form of the place dialog. The time zone follows the side (China: Asia/Shanghai, Kyrgyzstan: Asia/Bishkek)
 * until the user picks one; from then on it is the user's choice.
 */
public final class PlaceEditorViewModel extends NamedRecordEditorViewModel<Place> {

    private final Place original;
    private final ObjectProperty<PlaceKind> kind = new SimpleObjectProperty<>(this, "kind");
    private final ObjectProperty<Side> side = new SimpleObjectProperty<>(this, "side");
    private final ObjectProperty<ZoneId> zone = new SimpleObjectProperty<>(this, "zone");
    private final ObservableList<ZoneId> zones;
    private boolean zoneFollowsSide;
    private boolean followingSide;

    private PlaceEditorViewModel(Place original, PlaceKind kind, Side side, Bilingual name, ZoneId zone,
            Collection<ZoneId> usedZones, Function<Place, Place> store, Messages messages) {
        super("place", name, original != null, store, messages);
        this.original = original;
        this.kind.set(kind);
        this.side.set(side);
        this.zone.set(zone);
        this.zones = FXCollections.unmodifiableObservableList(FXCollections.observableArrayList(
                Zones.choices(concat(usedZones, zone))));
        this.zoneFollowsSide = side != null && side.homeZone().equals(zone);
        this.side.addListener((obs, old, now) -> {
            if (zoneFollowsSide && now != null) {
                followingSide = true;
                try {
                    this.zone.set(now.homeZone());
                } finally {
                    followingSide = false;
                }
            }
        });
        this.zone.addListener((obs, old, now) -> {
            if (!followingSide) {
                zoneFollowsSide = false;
            }
        });
    }

    /** An empty form for a new place; its zone is the side's until the user picks another. */
    public static PlaceEditorViewModel forNew(PlaceKind kind, Side side, Collection<ZoneId> usedZones,
            Function<Place, Place> store, Messages messages) {
        return new PlaceEditorViewModel(null, kind, side, Bilingual.EMPTY, side.homeZone(), usedZones, store,
                messages);
    }

    /** The form filled from a place in the register; saving keeps the place's identity. */
    public static PlaceEditorViewModel forEdit(Place place, Collection<ZoneId> usedZones,
            Function<Place, Place> store, Messages messages) {
        return new PlaceEditorViewModel(place, place.kind(), place.side(), place.name(), place.zone(), usedZones,
                store, messages);
    }

    public String title() {
        return messages.get(isEditing() ? "place.dialog.editTitle" : "place.dialog.addTitle");
    }

    public List<PlaceKind> kinds() {
        return List.of(PlaceKind.values());
    }

    public List<Side> sides() {
        return List.of(Side.values());
    }

    public String kindText(PlaceKind value) {
        return value == null ? "" : messages.of(value);
    }

    public String sideText(Side value) {
        return value == null ? "" : messages.of(value);
    }

    /** "Asia/Shanghai (UTC+08:00)". */
    public String zoneText(ZoneId value) {
        return Zones.describe(value, messages);
    }

    /** The zones to choose from: this border's zones first, then any other the register uses. */
    public ObservableList<ZoneId> zones() {
        return zones;
    }

    public ObjectProperty<PlaceKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Side> sideProperty() {
        return side;
    }

    public ObjectProperty<ZoneId> zoneProperty() {
        return zone;
    }

    @Override
    protected Place build() {
        return original == null
                ? Place.create(kind.get(), side.get(), name(), zone.get())
                : new Place(original.id(), original.uuid(), kind.get(), side.get(), name(), zone.get());
    }

    @Override
    protected boolean otherFieldsFilled() {
        return kind.get() != null && side.get() != null && zone.get() != null;
    }

    @Override
    protected Observable[] otherFields() {
        return new Observable[] {kind, side, zone};
    }

    private static List<ZoneId> concat(Collection<ZoneId> used, ZoneId current) {
        List<ZoneId> all = new ArrayList<>(used);
        if (current != null) {
            all.add(current);
        }
        return all;
    }
}
