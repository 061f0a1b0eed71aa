// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.record;

import java.util.Map;
import java.util.function.Function;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.huiwu.i18n.Messages;
import org.huiwu.ui.common.Dialogs;
import org.huiwu.ui.common.ViewSupport;
import org.kordamp.ikonli.javafx.FontIcon;

/** The small pieces the record panes build their rows and toolbars from, so each pane stays a thin view. */
public final class RecordControls {

    /** The stylesheet of the record panes (row cards, tags, overdue marks), beside this class's resources. */
    public static final String CSS = RecordControls.class.getResource("record.css").toExternalForm();

    private RecordControls() {
    }

    /** A toolbar button with its id (for tests and styling), icon (or none) and a tooltip naming its shortcut. */
    public static Button button(String id, String text, String icon, KeyCombination shortcut) {
        Button button = new Button(text, icon == null ? null : new FontIcon(icon));
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        tooltip(button, text, shortcut);
        return button;
    }

    /** "Text (Ctrl+N)": every action says its shortcut. */
    static void tooltip(Control control, String text, KeyCombination shortcut) {
        control.setTooltip(new Tooltip(shortcut == null ? text : text + "  (" + shortcut.getDisplayText() + ")"));
    }

    /** Runs an action for each shortcut pressed while the focus is inside {@code root}. */
    public static void shortcuts(Node root, Map<KeyCombination, Runnable> actions) {
        root.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            for (Map.Entry<KeyCombination, Runnable> action : actions.entrySet()) {
                if (action.getKey().match(event)) {
                    event.consume();
                    action.getValue().run();
                    return;
                }
            }
        });
    }

    /** Tab leaves a text area for the next field (as in the other fields of a form); Ctrl+Tab does so anyway. */
    static void tabLeaves(javafx.scene.control.TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == javafx.scene.input.KeyCode.TAB && !event.isControlDown()) {
                event.consume();
                area.fireEvent(new KeyEvent(event.getSource(), event.getTarget(), KeyEvent.KEY_PRESSED, "", "",
                        javafx.scene.input.KeyCode.TAB, event.isShiftDown(), true, false, false));
            }
        });
    }

    /** A small marker: a state, a tag, a date; {@code kinds} style it (open, closed, overdue, carried, tag). */
    public static Label chip(String text, String... kinds) {
        Label chip = new Label(text);
        chip.getStyleClass().add("record-chip");
        chip.getStyleClass().addAll(kinds);
        chip.setMinWidth(Region.USE_PREF_SIZE);
        return chip;
    }

    /** The due date of a decision; when it is overdue, marked so in red with the word "overdue". */
    static Label due(DecisionRow row, Messages messages) {
        return row.overdue() ? chip(row.due() + " · " + messages.get("decisions.row.overdue"), "overdue")
                : chip(row.due(), "tag");
    }

    /** A label that wraps and never cuts its text. */
    public static Label wrapped(String text, String... styleClasses) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        label.getStyleClass().addAll(styleClasses);
        return label;
    }

    /** The Chinese and the Russian text side by side, in two columns of the same width: the languages as equals. */
    public static GridPane sideBySide(Node zh, Node ru) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("record-pair");
        grid.setHgap(16);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints half = new ColumnConstraints();
            half.setPercentWidth(50);
            half.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(half);
        }
        grid.add(zh, 0, 0);
        grid.add(ru, 1, 0);
        GridPane.setValignment(zh, javafx.geometry.VPos.TOP);
        GridPane.setValignment(ru, javafx.geometry.VPos.TOP);
        return grid;
    }

    /** The Chinese and Russian column headings over {@link #sideBySide} rows. */
    public static GridPane languageHeadings(Messages messages, String zhKey, String ruKey) {
        Label zh = new Label(messages.get(zhKey));
        Label ru = new Label(messages.get(ruKey));
        zh.getStyleClass().add("record-column-heading");
        ru.getStyleClass().add("record-column-heading");
        return sideBySide(zh, ru);
    }

    /** Keeps a cell's content as wide as the list, so long texts wrap instead of scrolling sideways. */
    public static void fitToList(ListCell<?> cell, Region content) {
        cell.setPrefWidth(0);
        ListView<?> list = cell.getListView();
        if (list != null) {
            content.prefWidthProperty().bind(list.widthProperty().subtract(40));
            content.maxWidthProperty().bind(content.prefWidthProperty());
        }
    }

    /** A row of chips in a list cell, wrapping at the list's width rather than at a fixed length. */
    public static javafx.scene.layout.FlowPane chips(ListCell<?> cell) {
        javafx.scene.layout.FlowPane chips = new javafx.scene.layout.FlowPane();
        chips.getStyleClass().add("record-meta");
        chips.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        if (cell.getListView() != null) {
            chips.prefWrapLengthProperty().bind(cell.getListView().widthProperty().subtract(100));
        }
        return chips;
    }

    /** What an empty list says, centred and wrapped. */
    public static Label placeholder(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("muted");
        label.setWrapText(true);
        label.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        label.setMaxWidth(520);
        return label;
    }

    /** Names enum constants (kinds, statuses, sides, roles) in the UI language. */
    static <E extends Enum<E>> StringConverter<E> names(Messages messages) {
        return converter(value -> messages.of(value));
    }

    public static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("not editable");
            }
        };
    }

    static <T> ComboBox<T> choice(String id, Iterable<T> values, StringConverter<T> names) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        values.forEach(box.getItems()::add);
        box.setConverter(names);
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    /** A muted line bound to a text, hidden while the text is empty. */
    public static Label note(String id, ObservableValue<String> text, String styleClass) {
        Label label = wrapped("", styleClass);
        label.setId(id);
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    /** Shows a problem the view model reported, in the user's language. */
    public static void report(ViewSupport support, Node owner, Problem problem) {
        var window = owner.getScene() != null ? owner.getScene().getWindow() : support.window();
        Dialogs.error(window, support.messages(), problem.headline(), problem.details());
    }

    /** Asks before something is deleted. */
    public static boolean confirm(ViewSupport support, Node owner, String headline, String details) {
        var window = owner.getScene() != null ? owner.getScene().getWindow() : support.window();
        return Dialogs.confirm(window, support.messages(), headline, details);
    }
}
