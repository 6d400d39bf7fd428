package dev.parley.adapter.outbound.crypto;

import dev.parley.application.contract.SecretCipherContractTest;
import dev.parley.application.shared.port.out.SecretCipher;

/** The SecretCipher contract against AES-256-GCM. */
class AesGcmSecretCipherContractTest extends SecretCipherContractTest {
    @Override
    protected SecretCipher cipher() {
        return new AesGcmSecretCipher(AesGcmSecretCipher.generateKey());
    }
}
