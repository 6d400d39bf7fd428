package dev.parley.bootstrap;

import dev.parley.adapter.outbound.crypto.AesGcmSecretCipher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key that seals secrets at rest when the operator sets no {@code PARLEY_SECRET_KEY}: generated on the first start
 * and kept in {@code secret.key} under the data directory, readable by its owner only. Two processes starting at once
 * on one data directory end up with the same key: the file appears whole or not at all, and the first one wins.
 */
final class SecretKeyFile {
    static final String NAME = "secret.key";
    private static final Logger LOG = LoggerFactory.getLogger(SecretKeyFile.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private SecretKeyFile() {
    }

    /** The key in {@code dataDir/secret.key}, made first if there is none. */
    static AesGcmSecretCipher loadOrCreate(Path dataDir) {
        Path file = dataDir.resolve(NAME);
        try {
            if (!Files.exists(file)) {
                create(dataDir, file);
            }
            return read(file);
        } catch (IOException e) {
            throw new ConfigurationError("Could not read or create the secret key " + file.toAbsolutePath() + " (" + e.getMessage()
                    + "). Set PARLEY_SECRET_KEY (such as the output of `openssl rand -base64 32`) or make the data directory writable.", e);
        }
    }

    private static void create(Path dataDir, Path file) throws IOException {
        Files.createDirectories(dataDir);
        Path draft = ownerOnly(dataDir);
        try {
            Files.writeString(draft, Base64.getEncoder().encodeToString(AesGcmSecretCipher.generateKey()) + "\n", StandardCharsets.US_ASCII);
            publish(draft, file);
            LOG.warn("PARLEY_SECRET_KEY is not set: generated a key in {} to seal webhook secrets at rest. Back it up with the "
                    + "database, and give every server of this database the same key through PARLEY_SECRET_KEY.", file.toAbsolutePath());
        } catch (FileAlreadyExistsException anotherProcessWasFirst) {
            LOG.info("Another process created {} first; using its key", file.toAbsolutePath());
        } finally {
            Files.deleteIfExists(draft);
        }
    }

    /** Makes the whole draft appear under {@code file}, unless a file is there already. */
    private static void publish(Path draft, Path file) throws IOException {
        try {
            Files.createLink(file, draft);
        } catch (UnsupportedOperationException noHardLinks) {
            Files.move(draft, file);
        }
    }

    private static Path ownerOnly(Path dataDir) throws IOException {
        try {
            FileAttribute<Set<PosixFilePermission>> permissions = PosixFilePermissions.asFileAttribute(OWNER_ONLY);
            return Files.createTempFile(dataDir, NAME + ".", ".tmp", permissions);
        } catch (UnsupportedOperationException notPosix) {
            return Files.createTempFile(dataDir, NAME + ".", ".tmp");
        }
    }

    private static AesGcmSecretCipher read(Path file) throws IOException {
        try {
            return AesGcmSecretCipher.fromBase64(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationError(file.toAbsolutePath() + " does not hold a 32-byte key in base64. Restore it from a backup "
                    + "(secrets sealed with another key cannot be opened), or set PARLEY_SECRET_KEY.");
        }
    }
}
