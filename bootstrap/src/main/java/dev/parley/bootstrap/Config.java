package dev.parley.bootstrap;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Settings from {@code PARLEY_*} environment variables, with the defaults the README documents. {@code secretKey} is
 * {@code PARLEY_SECRET_KEY} and {@code outboundAllowCidrs} {@code PARLEY_OUTBOUND_ALLOW_CIDRS}, both read as given, as
 * are {@code webhookRetryDelays} ({@code PARLEY_WEBHOOK_RETRY_DELAYS}), {@code webhookWorkers}
 * ({@code PARLEY_WEBHOOK_WORKERS}), {@code housekeepingInterval} ({@code PARLEY_HOUSEKEEPING_INTERVAL}) and
 * {@code exportLease} ({@code PARLEY_EXPORT_LEASE}).
 */
public record Config(String httpHost, int httpPort, Optional<String> databaseUrl, String databaseUser,
                     String databasePassword, Path dataDir, Optional<String> secretKey, Optional<String> outboundAllowCidrs,
                     Optional<String> webhookRetryDelays, Optional<String> webhookWorkers, Optional<String> housekeepingInterval,
                     Optional<String> exportLease) {
    public static final int DEFAULT_PORT = 7070;

    /** Settings without a secret key (one is kept under the data directory) and without extra outbound addresses. */
    public Config(String httpHost, int httpPort, Optional<String> databaseUrl, String databaseUser, String databasePassword,
                  Path dataDir) {
        this(httpHost, httpPort, databaseUrl, databaseUser, databasePassword, dataDir, Optional.empty(), Optional.empty());
    }

    /** Settings with the default webhook retry delays and number of delivery workers, housekeeping and export lease. */
    public Config(String httpHost, int httpPort, Optional<String> databaseUrl, String databaseUser, String databasePassword,
                  Path dataDir, Optional<String> secretKey, Optional<String> outboundAllowCidrs) {
        this(httpHost, httpPort, databaseUrl, databaseUser, databasePassword, dataDir, secretKey, outboundAllowCidrs, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static Config fromEnvironment(Map<String, String> env) {
        return new Config(
                env.getOrDefault("PARLEY_HTTP_HOST", "0.0.0.0"),
                port(env.get("PARLEY_HTTP_PORT")),
                Optional.ofNullable(env.get("PARLEY_DATABASE_URL")).filter(url -> !url.isBlank()),
                env.getOrDefault("PARLEY_DATABASE_USER", "postgres"),
                env.getOrDefault("PARLEY_DATABASE_PASSWORD", ""),
                Path.of(env.getOrDefault("PARLEY_DATA_DIR", "./data")),
                Optional.ofNullable(env.get("PARLEY_SECRET_KEY")).filter(key -> !key.isBlank()),
                Optional.ofNullable(env.get("PARLEY_OUTBOUND_ALLOW_CIDRS")).filter(cidrs -> !cidrs.isBlank()),
                Optional.ofNullable(env.get("PARLEY_WEBHOOK_RETRY_DELAYS")).filter(delays -> !delays.isBlank()),
                Optional.ofNullable(env.get("PARLEY_WEBHOOK_WORKERS")).filter(workers -> !workers.isBlank()),
                Optional.ofNullable(env.get("PARLEY_HOUSEKEEPING_INTERVAL")).filter(interval -> !interval.isBlank()),
                Optional.ofNullable(env.get("PARLEY_EXPORT_LEASE")).filter(lease -> !lease.isBlank()));
    }

    /** Names every setting but shows neither the database password nor the secret key. */
    @Override
    public String toString() {
        return "Config[httpHost=" + httpHost + ", httpPort=" + httpPort + ", databaseUrl=" + databaseUrl.orElse("(none)")
                + ", databaseUser=" + databaseUser + ", databasePassword=(redacted), dataDir=" + dataDir
                + ", secretKey=" + secretKey.map(key -> "(redacted)").orElse("(none)")
                + ", outboundAllowCidrs=" + outboundAllowCidrs.orElse("(none)")
                + ", webhookRetryDelays=" + webhookRetryDelays.orElse("(default)") + ", webhookWorkers=" + webhookWorkers.orElse("(default)")
                + ", housekeepingInterval=" + housekeepingInterval.orElse("(default)") + ", exportLease=" + exportLease.orElse("(default)")
                + "]";
    }

    private static int port(String raw) {
        if (raw == null || raw.isBlank()) {
            return DEFAULT_PORT;
        }
        try {
            int port = Integer.parseInt(raw.strip());
            if (port < 0 || port > 65535) {
                throw new ConfigurationError("PARLEY_HTTP_PORT must be 0-65535, got " + raw);
            }
            return port;
        } catch (NumberFormatException e) {
            throw new ConfigurationError("PARLEY_HTTP_PORT must be a number, got " + raw);
        }
    }
}
