// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store;

import org.h2.jdbcx.JdbcConnectionPool;
import org.huiwu.domain.archive.ArchiveInfo;
import org.huiwu.domain.meeting.MeetingRepository;
import org.huiwu.domain.person.PersonRepository;
import org.huiwu.domain.place.PlaceRepository;
import org.huiwu.service.archive.OpenArchive;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** An open H2 archive with its repositories. */
final class H2Archive implements OpenArchive {

    private static final Logger LOG = LoggerFactory.getLogger(H2Archive.class);

    private final ArchiveInfo info;
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private final JooqPlaceRepository places;
    private final JooqPersonRepository people;
    private final JooqMeetingRepository meetings;
    private final Runnable forgetKey;
    private final java.nio.file.Path folder;

    H2Archive(java.nio.file.Path folder, ArchiveInfo info, JdbcConnectionPool pool, DSLContext dsl,
              Runnable forgetKey) {
        this.folder = folder;
        this.info = info;
        this.forgetKey = forgetKey;
        this.pool = pool;
        this.dsl = dsl;
        this.places = new JooqPlaceRepository(dsl);
        this.people = new JooqPersonRepository(dsl);
        this.meetings = new JooqMeetingRepository(dsl, info.homeSide());
    }

    DSLContext dsl() {
        return dsl;
    }

    @Override
    public ArchiveInfo info() {
        return info;
    }

    @Override
    public java.nio.file.Path folder() {
        return folder;
    }

    @Override
    public PlaceRepository places() {
        return places;
    }

    @Override
    public PersonRepository people() {
        return people;
    }

    @Override
    public MeetingRepository meetings() {
        return meetings;
    }

    @Override
    public void close() {
        // SHUTDOWN closes the file at once (and writes everything) instead of waiting for the last connection.
        try {
            dsl.execute("SHUTDOWN");
        } catch (RuntimeException e) {
            // Already closed, e.g. by H2's own shutdown hook when the JVM exits.
            LOG.debug("Archive already shut down: {}", e.toString());
        } finally {
            pool.dispose();
            forgetKey.run();
        }
    }
}
