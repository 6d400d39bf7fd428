package dev.parley.adapter.outbound.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class AesGcmSecretCipherTest {
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private final byte[] key = AesGcmSecretCipher.generateKey();
    private final AesGcmSecretCipher cipher = new AesGcmSecretCipher(key);

    @Test
    void sealsAsVersionNonceAndCiphertextWithTagThatPlainAesGcmOpens() throws Exception {
        byte[] sealed = cipher.seal(SECRET);

        assertThat(sealed).hasSize(1 + 12 + SECRET.length() + 16);
        assertThat(sealed[0]).isEqualTo((byte) 1);
        Cipher jdk = Cipher.getInstance("AES/GCM/NoPadding");
        jdk.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, Arrays.copyOfRange(sealed, 1, 13)));
        jdk.updateAAD(new byte[] {1});
        assertThat(new String(jdk.doFinal(sealed, 13, sealed.length - 13), StandardCharsets.UTF_8)).isEqualTo(SECRET);
    }

    @Test
    void usesAFreshNonceForEverySeal() {
        Set<String> nonces = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            nonces.add(Base64.getEncoder().encodeToString(Arrays.copyOfRange(cipher.seal(SECRET), 1, 13)));
        }

        assertThat(nonces).hasSize(1000);
    }

    @Test
    void theSealedBytesDoNotContainTheText() {
        assertThat(new String(cipher.seal(SECRET), StandardCharsets.ISO_8859_1)).doesNotContain("MfKQ9r8G");
    }

    @Test
    void anotherKeyCannotOpenIt() {
        byte[] sealed = cipher.seal(SECRET);

        assertThatThrownBy(() -> new AesGcmSecretCipher(AesGcmSecretCipher.generateKey()).open(sealed))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("another key");
    }

    @Test
    void anUnknownFormatVersionIsRefused() {
        byte[] sealed = cipher.seal(SECRET);
        sealed[0] = 2;

        assertThatThrownBy(() -> cipher.open(sealed)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsTheKeySettingAsBase64OfThirtyTwoBytes() {
        String setting = Base64.getEncoder().encodeToString(key);

        assertThat(AesGcmSecretCipher.fromBase64(" " + setting + "\n").open(cipher.seal(SECRET))).isEqualTo(SECRET);
    }

    @Test
    void refusesAMalformedKeySettingWithoutRepeatingIt() {
        for (String bad : new String[] {null, "", "not base64!", Base64.getEncoder().encodeToString(new byte[16]),
                Base64.getEncoder().encodeToString(new byte[33])}) {
            assertThatThrownBy(() -> AesGcmSecretCipher.fromBase64(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("PARLEY_SECRET_KEY").satisfies(e -> assertThat(e.getMessage()).doesNotContain("AAAA"));
        }
        assertThatThrownBy(() -> new AesGcmSecretCipher(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void generatesDistinctThirtyTwoByteKeys() {
        assertThat(AesGcmSecretCipher.generateKey()).hasSize(32).isNotEqualTo(AesGcmSecretCipher.generateKey());
    }
}
