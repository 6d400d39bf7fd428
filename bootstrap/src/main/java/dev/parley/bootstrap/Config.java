package dev.parley.bootstrap;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Settings from {@code PARLEY_*} environment variables, with the defaults the README documents. */
public record Config(String httpHost, int httpPort, Optional<String> databaseUrl, String databaseUser,
                     String databasePassword, Path dataDir) {
    public static final int DEFAULT_PORT = 7070;

    public static Config fromEnvironment(Map<String, String> env) {
        return new Config(
                env.getOrDefault("PARLEY_HTTP_HOST", "0.0.0.0"),
                port(env.get("PARLEY_HTTP_PORT")),
                Optional.ofNullable(env.get("PARLEY_DATABASE_URL")).filter(url -> !url.isBlank()),
                env.getOrDefault("PARLEY_DATABASE_USER", "postgres"),
                env.getOrDefault("PARLEY_DATABASE_PASSWORD", ""),
                Path.of(env.getOrDefault("PARLEY_DATA_DIR", "./data")));
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
