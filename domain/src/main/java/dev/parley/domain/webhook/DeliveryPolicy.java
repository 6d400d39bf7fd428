package dev.parley.domain.webhook;

import java.time.Instant;
import java.util.Set;

/**
 * Judges an attempt (research notes WH-11): 2xx succeeds; 410 switches the webhook off; anything else (redirects,
 * which are never followed, other statuses and network errors) fails and is retried on the schedule, later when a
 * 429 or 503 asks for it with {@code Retry-After}, until the last attempt.
 */
public final class DeliveryPolicy {
    public static final int GONE = 410;
    private static final Set<Integer> HONOUR_RETRY_AFTER = Set.of(429, 503);

    private DeliveryPolicy() {
    }

    /**
     * @param attemptNumber the attempt just made, from 1
     * @param jitterSample  a uniform draw from [0, 1] for the retry's jitter
     */
    public static DeliveryDecision decide(DeliveryOutcome outcome, int attemptNumber, RetrySchedule schedule, Instant now,
                                          double jitterSample) {
        if (attemptNumber < 1) {
            throw new IllegalArgumentException("attempts are numbered from 1");
        }
        if (outcome.status().isPresent() && outcome.status().getAsInt() == GONE) {
            return new DeliveryDecision.DeactivateWebhook();
        }
        if (outcome.succeeded()) {
            return new DeliveryDecision.Succeeded();
        }
        if (attemptNumber >= schedule.maxAttempts()) {
            return new DeliveryDecision.Failed();
        }
        Instant scheduled = now.plus(schedule.delayBefore(attemptNumber, jitterSample));
        boolean askedToWait = outcome.status().isPresent() && HONOUR_RETRY_AFTER.contains(outcome.status().getAsInt());
        Instant asked = askedToWait ? outcome.retryAfter().map(retryAfter -> retryAfter.notBefore(now)).orElse(scheduled) : scheduled;
        return new DeliveryDecision.RetryAt(asked.isAfter(scheduled) ? asked : scheduled);
    }
}
