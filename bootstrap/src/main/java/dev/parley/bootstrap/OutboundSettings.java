package dev.parley.bootstrap;

import dev.parley.adapter.outbound.crypto.AesGcmSecretCipher;
import dev.parley.application.shared.port.out.SecretCipher;
import dev.parley.domain.shared.InvalidInput;
import dev.parley.domain.shared.net.OutboundAddressPolicy;

/**
 * What calls to tenants' URLs need from the operator: the cipher that seals their secrets ({@code PARLEY_SECRET_KEY},
 * or the key kept under the data directory) and the addresses allowed beyond the public ones
 * ({@code PARLEY_OUTBOUND_ALLOW_CIDRS}).
 */
public record OutboundSettings(SecretCipher secrets, OutboundAddressPolicy policy) {
    public static OutboundSettings fromConfig(Config config) {
        return new OutboundSettings(cipher(config), policy(config));
    }

    private static SecretCipher cipher(Config config) {
        if (config.secretKey().isEmpty()) {
            return SecretKeyFile.loadOrCreate(config.dataDir());
        }
        try {
            return AesGcmSecretCipher.fromBase64(config.secretKey().get());
        } catch (IllegalArgumentException e) {
            throw new ConfigurationError(e.getMessage());
        }
    }

    private static OutboundAddressPolicy policy(Config config) {
        try {
            return OutboundAddressPolicy.fromSetting(config.outboundAllowCidrs().orElse(null));
        } catch (InvalidInput e) {
            throw new ConfigurationError(e.getMessage());
        }
    }
}
