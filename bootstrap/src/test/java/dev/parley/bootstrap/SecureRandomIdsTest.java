package dev.parley.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecureRandomIdsTest {
    private final SecureRandomIds random = new SecureRandomIds();

    @Test
    void drawsAsManyBytesAsAskedAndNeverTheSameTwice() {
        byte[] first = random.bytes(32);
        byte[] second = random.bytes(32);

        assertThat(first).hasSize(32).isNotEqualTo(second).isNotEqualTo(new byte[32]);
        assertThat(random.bytes(0)).isEmpty();
    }
}
