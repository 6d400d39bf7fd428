package dev.parley.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.adapter.outbound.crypto.AesGcmSecretCipher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretKeyFileTest {
    @TempDir
    Path temp;

    @Test
    void theFirstStartMakesAKeyOnlyItsOwnerCanReadAndLaterStartsReuseIt() throws IOException {
        Path dataDir = temp.resolve("data").resolve("nested");

        AesGcmSecretCipher first = SecretKeyFile.loadOrCreate(dataDir);
        String key = Files.readString(dataDir.resolve("secret.key"));
        AesGcmSecretCipher second = SecretKeyFile.loadOrCreate(dataDir);

        assertThat(key).matches("[A-Za-z0-9+/]{43}=\n");
        assertThat(Files.getPosixFilePermissions(dataDir.resolve("secret.key"))).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(second.open(first.seal("whsec_abc"))).isEqualTo("whsec_abc");
        assertThat(Files.readString(dataDir.resolve("secret.key"))).isEqualTo(key);
        try (var files = Files.list(dataDir)) {
            assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("secret.key");
        }
    }

    @Test
    void processesStartingTogetherAgreeOnOneKey() throws Exception {
        int starts = 8;
        CountDownLatch ready = new CountDownLatch(starts);
        ExecutorService pool = Executors.newFixedThreadPool(starts);
        try {
            List<Future<AesGcmSecretCipher>> ciphers = new ArrayList<>();
            for (int i = 0; i < starts; i++) {
                ciphers.add(pool.submit((Callable<AesGcmSecretCipher>) () -> {
                    ready.countDown();
                    ready.await();
                    return SecretKeyFile.loadOrCreate(temp);
                }));
            }
            byte[] sealed = ciphers.get(0).get().seal("whsec_shared");
            for (Future<AesGcmSecretCipher> cipher : ciphers) {
                assertThat(cipher.get().open(sealed)).isEqualTo("whsec_shared");
            }
        } finally {
            pool.shutdownNow();
        }
        try (var files = Files.list(temp)) {
            assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("secret.key");
        }
    }

    @Test
    void aDamagedKeyFileStopsTheServerInsteadOfMakingANewKey() throws IOException {
        Files.writeString(temp.resolve("secret.key"), "not a key\n");

        assertThatThrownBy(() -> SecretKeyFile.loadOrCreate(temp))
                .isInstanceOf(ConfigurationError.class)
                .hasMessageContaining(temp.resolve("secret.key").toAbsolutePath().toString())
                .hasMessageContaining("does not hold a 32-byte key")
                .hasMessageContaining("PARLEY_SECRET_KEY");
        assertThat(Files.readString(temp.resolve("secret.key"))).isEqualTo("not a key\n");
    }

    @Test
    void aDataDirectoryThatCannotBeMadeIsAConfigurationError() throws IOException {
        Path file = Files.writeString(temp.resolve("occupied"), "a file, not a directory");

        assertThatThrownBy(() -> SecretKeyFile.loadOrCreate(file.resolve("data")))
                .isInstanceOf(ConfigurationError.class)
                .hasMessageContaining("Set PARLEY_SECRET_KEY");
    }
}
