// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.record;

import java.util.Locale;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.StringConverter;

import org.huiwu.domain.minutes.AlignedPair;
import org.huiwu.domain.minutes.Minutes;
import org.huiwu.domain.minutes.RecordLanguage;
import org.huiwu.domain.minutes.TextDiff;
import org.huiwu.domain.minutes.VersionComparison;
import org.huiwu.ui.common.ViewSupport;

/** Two versions of the minutes compared clause by clause, Chinese and Russian side by side. */
public final class VersionsPane implements RecordTab {

    private final VersionsViewModel viewModel;
    private final ViewSupport support;
    private final VBox root = new VBox(8);
    private final Label summary = new Label();

    public VersionsPane(VersionsViewModel viewModel, ViewSupport support) {
        this.viewModel = viewModel;
        this.support = support;
        ComboBox<Minutes> older = versionBox("versions-older");
        older.valueProperty().bindBidirectional(viewModel.olderProperty());
        ComboBox<Minutes> newer = versionBox("versions-newer");
        newer.valueProperty().bindBidirectional(viewModel.newerProperty());
        Label olderLabel = new Label(message("versions.older"));
        olderLabel.setLabelFor(older);
        Label newerLabel = new Label(message("versions.newer"));
        newerLabel.setLabelFor(newer);
        HBox pick = new HBox(8, olderLabel, older, newerLabel, newer, summary);
        pick.setAlignment(Pos.CENTER_LEFT);
        summary.setId("versions-summary");
        summary.getStyleClass().add("muted");
        ListView<VersionComparison.Row> list = new ListView<>(viewModel.rows());
        list.setId("versions-rows");
        list.setPlaceholder(new Label(message("versions.none")));
        list.setCellFactory(view -> new RowCell());
        VBox.setVgrow(list, Priority.ALWAYS);
        root.getChildren().addAll(pick, list);
        root.setPadding(new Insets(10, 12, 10, 12));
        viewModel.comparisonProperty().addListener((obs, old, comparison) -> showSummary(comparison));
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void show(long meetingId) {
        viewModel.load(meetingId);
        showSummary(viewModel.comparisonProperty().get());
    }

    private void showSummary(VersionComparison comparison) {
        summary.setText(comparison == null ? "" : message("versions.summary",
                comparison.count(VersionComparison.Change.CHANGED), comparison.count(VersionComparison.Change.ADDED),
                comparison.count(VersionComparison.Change.REMOVED), comparison.count(VersionComparison.Change.SAME)));
    }

    private ComboBox<Minutes> versionBox(String id) {
        ComboBox<Minutes> box = new ComboBox<>(viewModel.versions());
        box.setId(id);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Minutes minutes) {
                return minutes == null ? "" : message("versions.item", minutes.version(),
                        support.messages().of(minutes.state()));
            }

            @Override
            public Minutes fromString(String string) {
                return null;
            }
        });
        box.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Minutes item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : box.getConverter().toString(item));
            }
        });
        return box;
    }

    private final class RowCell extends ListCell<VersionComparison.Row> {
        @Override
        protected void updateItem(VersionComparison.Row row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            GridPane grid = new GridPane();
            grid.setHgap(12);
            ColumnConstraints number = new ColumnConstraints(90);
            ColumnConstraints half = new ColumnConstraints();
            half.setPercentWidth(44);
            ColumnConstraints other = new ColumnConstraints();
            other.setPercentWidth(44);
            grid.getColumnConstraints().setAll(number, half, other);
            String numbers = row.olderNumber() == row.newerNumber() ? String.valueOf(row.newerNumber())
                    : (row.olderNumber() == 0 ? "–" : row.olderNumber()) + " → "
                    + (row.newerNumber() == 0 ? "–" : row.newerNumber());
            Label change = new Label(message(switch (row.change()) {
                case SAME -> "versions.change.same";
                case CHANGED -> "versions.change.changed";
                case ADDED -> "versions.change.added";
                case REMOVED -> "versions.change.removed";
            }));
            change.getStyleClass().addAll("version-change", "version-" + row.change().name()
                    .toLowerCase(Locale.ROOT));
            grid.add(new VBox(2, new Label(numbers), change), 0, 0);
            grid.add(text(row, RecordLanguage.ZH), 1, 0);
            grid.add(text(row, RecordLanguage.RU), 2, 0);
            grid.prefWidthProperty().bind(getListView().widthProperty().subtract(40));
            setGraphic(grid);
        }

        private Node text(VersionComparison.Row row, RecordLanguage language) {
            TextFlow flow = new TextFlow();
            TextDiff diff = language == RecordLanguage.ZH ? row.zh() : row.ru();
            if (diff != null) {
                for (TextDiff.Segment segment : diff.segments()) {
                    Text text = new Text(segment.text());
                    text.getStyleClass().add("diff-" + segment.kind().name().toLowerCase(Locale.ROOT));
                    flow.getChildren().add(text);
                }
            } else {
                AlignedPair pair = row.newer() != null ? row.newer() : row.older();
                Text text = new Text(pair.side(language).text());
                text.getStyleClass().add(row.change() == VersionComparison.Change.REMOVED ? "diff-deleted"
                        : "diff-inserted");
                flow.getChildren().add(text);
            }
            return flow;
        }
    }

    private String message(String key, Object... arguments) {
        return support.messages().get(key, arguments);
    }
}
