package dev.parley.application.webhook.port.out;

/** One attempt made under {@code lease}, and where its delivery goes next, waiting to be recorded. */
public record AttemptResult(Lease lease, DeliveryAttempt attempt, Settlement next) {
}
