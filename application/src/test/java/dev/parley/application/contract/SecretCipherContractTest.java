package dev.parley.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.shared.port.out.SecretCipher;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** What every {@link SecretCipher} must do: give back exactly what it sealed, differently each time, and refuse alterations. */
public abstract class SecretCipherContractTest {
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    protected abstract SecretCipher cipher();

    @Test
    void opening_gives_back_exactly_what_was_sealed() {
        SecretCipher cipher = cipher();

        for (String plain : new String[] {SECRET, "", "ünïcødé 🔑 секрет", "x".repeat(10_000)}) {
            assertThat(cipher.open(cipher.seal(plain))).isEqualTo(plain);
        }
    }

    @Test
    void sealing_the_same_text_twice_gives_different_bytes() {
        SecretCipher cipher = cipher();

        assertThat(cipher.seal(SECRET)).isNotEqualTo(cipher.seal(SECRET));
    }

    @Test
    void any_altered_byte_is_refused() {
        SecretCipher cipher = cipher();
        byte[] sealed = cipher.seal(SECRET);

        for (int i = 0; i < sealed.length; i++) {
            byte[] altered = sealed.clone();
            altered[i] ^= 0x01;
            assertThatThrownBy(() -> cipher.open(altered)).as("byte %d altered", i).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void cut_or_empty_bytes_are_refused() {
        SecretCipher cipher = cipher();
        byte[] sealed = cipher.seal(SECRET);

        assertThatThrownBy(() -> cipher.open(new byte[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cipher.open(Arrays.copyOf(sealed, sealed.length - 1))).isInstanceOf(IllegalArgumentException.class);
    }
}
