// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store;

import java.nio.file.Path;

import org.huiwu.service.archive.ArchiveAccess;

import static org.huiwu.store.generated.Tables.AUDIT_ENTRY;

/** What someone with the passphrase and an SQL console could do to the trail, behind the app's back. */
public final class AuditTampering {

    private AuditTampering() {
    }

    /** Changes an entry's detail, leaving its hash as it was. */
    public static void editDetail(ArchiveAccess archives, Path folder, char[] passphrase, long sequence,
                                  String detail) {
        try (H2Archive archive = (H2Archive) archives.open(folder, passphrase)) {
            archive.dsl().update(AUDIT_ENTRY).set(AUDIT_ENTRY.DETAIL, detail)
                    .where(AUDIT_ENTRY.SEQUENCE_NUMBER.eq(sequence)).execute();
        }
    }

    /** Deletes every entry after {@code keep}: the trail ends there, its chain still whole. */
    public static void cutAfter(ArchiveAccess archives, Path folder, char[] passphrase, long keep) {
        try (H2Archive archive = (H2Archive) archives.open(folder, passphrase)) {
            archive.dsl().deleteFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.SEQUENCE_NUMBER.gt(keep)).execute();
        }
    }

    /** The newest entry's sequence. */
    public static long newest(ArchiveAccess archives, Path folder, char[] passphrase) {
        try (H2Archive archive = (H2Archive) archives.open(folder, passphrase)) {
            return archive.audit().newest().orElseThrow().sequence();
        }
    }
}
