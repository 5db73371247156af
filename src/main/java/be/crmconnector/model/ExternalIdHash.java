package be.crmconnector.model;

import org.apache.commons.codec.digest.MurmurHash3;

import java.nio.charset.StandardCharsets;

/**
 * The 64-bit hash of a record key (an external id, or a match key such as "vatNumber:be0403019261") by which staging
 * recognises the keys it has seen without keeping the strings. Stored with each reference
 * (external_ref.key_hash, see V6__external_ref_key_hash.sql), so that a re-import reads a connector's references as
 * numbers only.
 */
public final class ExternalIdHash {
    private ExternalIdHash() {
    }

    public static long of(String key) {
        byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
        return MurmurHash3.hash128x64(bytes, 0, bytes.length, 0)[0];
    }
}
