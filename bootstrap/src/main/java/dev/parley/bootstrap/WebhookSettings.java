package dev.parley.bootstrap;

import dev.parley.domain.shared.InvalidInput;
import dev.parley.domain.webhook.RetrySchedule;

/**
 * How webhooks are delivered: the retry delays ({@code PARLEY_WEBHOOK_RETRY_DELAYS}, by default 1m,10m,60m) and how
 * many delivery workers each server runs ({@code PARLEY_WEBHOOK_WORKERS}, 1 to {@value #MAX_WORKERS}, by default
 * {@value #DEFAULT_WORKERS}).
 */
public record WebhookSettings(RetrySchedule retries, int workers) {
    public static final String WORKERS_SETTING = "PARLEY_WEBHOOK_WORKERS";
    public static final int DEFAULT_WORKERS = 4;
    public static final int MAX_WORKERS = 64;

    public static WebhookSettings fromConfig(Config config) {
        return new WebhookSettings(retries(config), workers(config));
    }

    private static RetrySchedule retries(Config config) {
        try {
            return config.webhookRetryDelays().map(RetrySchedule::parse).orElse(RetrySchedule.DEFAULT);
        } catch (InvalidInput e) {
            throw new ConfigurationError(e.getMessage());
        }
    }

    private static int workers(Config config) {
        if (config.webhookWorkers().isEmpty()) {
            return DEFAULT_WORKERS;
        }
        String raw = config.webhookWorkers().get().strip();
        if (!raw.matches("[0-9]{1,3}") || Integer.parseInt(raw) < 1 || Integer.parseInt(raw) > MAX_WORKERS) {
            throw new ConfigurationError(WORKERS_SETTING + " must be a whole number from 1 to " + MAX_WORKERS + ", got " + raw);
        }
        return Integer.parseInt(raw);
    }
}
