// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store;

import static org.huiwu.store.generated.Tables.TRUSTED_CERTIFICATE;

import java.time.ZoneOffset;
import java.util.List;

import org.huiwu.domain.protocol.TrustedCertificate;
import org.huiwu.domain.protocol.TrustedCertificateRepository;
import org.jooq.DSLContext;

/** Trusted certificates; adding and removing are journaled like every save. */
final class JooqTrustedCertificateRepository implements TrustedCertificateRepository {

    private final DSLContext dsl;
    private final Journaling journaling;

    JooqTrustedCertificateRepository(DSLContext dsl, Journaling journaling) {
        this.dsl = dsl;
        this.journaling = journaling;
    }

    @Override
    public TrustedCertificate add(TrustedCertificate certificate) {
        byte[] payload = RecordCodec.trustedCertificate(certificate);
        upsert(certificate);
        journaling.record(payload);
        return certificate;
    }

    @Override
    public void remove(String sha256) {
        byte[] payload = RecordCodec.trustRemoved(sha256);
        delete(sha256);
        journaling.record(payload);
    }

    @Override
    public List<TrustedCertificate> all() {
        return dsl.selectFrom(TRUSTED_CERTIFICATE).orderBy(TRUSTED_CERTIFICATE.ADDED_AT)
                .fetch(r -> new TrustedCertificate(r.getSha256(), r.getDer(), r.getSubject(),
                        r.getAddedAt().toInstant()));
    }

    /** Also the journal's replay. */
    void upsert(TrustedCertificate certificate) {
        dsl.mergeInto(TRUSTED_CERTIFICATE)
                .using(dsl.selectOne())
                .on(TRUSTED_CERTIFICATE.SHA256.eq(certificate.sha256()))
                .whenMatchedThenUpdate()
                .set(TRUSTED_CERTIFICATE.SUBJECT, certificate.subject())
                .whenNotMatchedThenInsert(TRUSTED_CERTIFICATE.SHA256, TRUSTED_CERTIFICATE.DER,
                        TRUSTED_CERTIFICATE.SUBJECT, TRUSTED_CERTIFICATE.ADDED_AT)
                .values(certificate.sha256(), certificate.der(), certificate.subject(),
                        certificate.addedAt().atOffset(ZoneOffset.UTC))
                .execute();
    }

    /** Also the journal's replay. */
    void delete(String sha256) {
        dsl.deleteFrom(TRUSTED_CERTIFICATE).where(TRUSTED_CERTIFICATE.SHA256.eq(sha256)).execute();
    }
}
