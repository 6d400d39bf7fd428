package dev.parley.application.contract;

import dev.parley.application.fake.ReversibleSecretCipher;
import dev.parley.application.shared.port.out.SecretCipher;

/** The SecretCipher contract against the test stand-in. */
class ReversibleSecretCipherContractTest extends SecretCipherContractTest {
    @Override
    protected SecretCipher cipher() {
        return new ReversibleSecretCipher();
    }
}
