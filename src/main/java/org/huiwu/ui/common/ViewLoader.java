// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;

import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.util.Callback;
import org.huiwu.i18n.Messages;

/**
 * Loads a view's FXML (XxxView.fxml beside XxxView.class) with the UI bundle, its controller built by the given
 * factory, so views get their view models through their constructors.
 */
public final class ViewLoader {

    private final Messages messages;
    private final Callback<Class<?>, Object> controllers;

    public ViewLoader(Messages messages, Callback<Class<?>, Object> controllers) {
        this.messages = messages;
        this.controllers = controllers;
    }

    public <T> Loaded<T> load(Class<T> viewType) {
        URL fxml = viewType.getResource(viewType.getSimpleName() + ".fxml");
        if (fxml == null && Built.class.isAssignableFrom(viewType)) {
            T view = viewType.cast(controllers.call(viewType));
            return new Loaded<>(((Built) view).root(), view);
        }
        if (fxml == null) {
            throw new IllegalStateException("No FXML for " + viewType.getName());
        }
        FXMLLoader loader = new FXMLLoader(fxml, messages.bundle());
        loader.setControllerFactory(controllers);
        try {
            Parent root = loader.load();
            return new Loaded<>(root, viewType.cast(loader.getController()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + fxml, e);
        }
    }

    /** A view built in code rather than FXML (a frame whose content is made of other views). */
    public interface Built {
        Parent root();
    }

    /** A loaded view: its root node and its controller. */
    public record Loaded<T>(Parent root, T view) {
    }
}
