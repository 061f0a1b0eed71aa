// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;

import org.junit.jupiter.api.Test;

/** FileKey.derive is HKDF-SHA256-Expand: checked against OpenSSL 3 ("openssl kdf ... mode:EXPAND_ONLY ... HKDF"). */
class FileKeyDeriveTest {

    @Test
    void derivesLikeOpenSslHkdfExpandAndNeverTheKeyItself() {
        byte[] raw = HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
        try (FileKey key = FileKey.of(raw)) {
            assertThat(HexFormat.of().formatHex(key.derive("huiwu-journal-v1")))
                    .isEqualTo("228968d535b7f7c4fdcff9dd4d879f56a5e772c50c6b7318f22ffff25cd7d5de");
            assertThat(key.derive("huiwu-journal-v1")).isNotEqualTo(raw).isNotEqualTo(key.derive("huiwu-index-v1"));
        }
    }
}
