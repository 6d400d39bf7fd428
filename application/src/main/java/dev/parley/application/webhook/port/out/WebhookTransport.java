package dev.parley.application.webhook.port.out;

import dev.parley.domain.webhook.DeliveryOutcome;
import java.net.URI;
import java.util.Map;

/**
 * Sends one webhook request to a receiver through the outbound guard and reports what happened. Network trouble,
 * refused destinations and oversized answers are outcomes, never exceptions; redirects are returned, not followed.
 */
public interface WebhookTransport {
    /** POSTs exactly {@code body} with {@code headers} (the signatures among them) to {@code url}. */
    DeliveryOutcome post(URI url, Map<String, String> headers, byte[] body);
}
