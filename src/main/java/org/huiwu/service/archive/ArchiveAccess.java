// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.archive;

import java.nio.file.Path;
import java.util.Optional;

import org.huiwu.domain.archive.ArchiveInfo;
import org.huiwu.domain.common.Side;

/** The one way into archives on disk: look at one, create one, open one. */
public interface ArchiveAccess {

    /** The identity of the archive in the folder, without opening it; empty when the folder holds none. */
    Optional<ArchiveInfo> peek(Path folder);

    /** Creates a new, empty archive; fails when the folder already holds one. */
    OpenArchive create(Path folder, String name, Side homeSide, boolean sample);

    /** Opens an existing archive; fails with a reason the user can act on. */
    OpenArchive open(Path folder);
}
