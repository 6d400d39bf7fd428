package dev.parley.application.fake;

import dev.parley.application.webhook.port.out.WebhookTransport;
import dev.parley.domain.webhook.DeliveryOutcome;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Records every request and answers with the outcomes queued by the test, then with 204 No Content. */
public final class ScriptedWebhookTransport implements WebhookTransport {
    /** One request as it was handed to the transport. */
    public record SentRequest(URI url, Map<String, String> headers, byte[] body) {
    }

    private final Deque<DeliveryOutcome> script = new ArrayDeque<>();
    private final List<SentRequest> sent = new ArrayList<>();

    public synchronized ScriptedWebhookTransport thenAnswer(DeliveryOutcome outcome) {
        script.addLast(outcome);
        return this;
    }

    @Override
    public synchronized DeliveryOutcome post(URI url, Map<String, String> headers, byte[] body) {
        sent.add(new SentRequest(url, Map.copyOf(headers), body.clone()));
        DeliveryOutcome next = script.pollFirst();
        return next != null ? next : DeliveryOutcome.answered(204, Duration.ofMillis(1), new byte[0], Optional.empty());
    }

    public synchronized List<SentRequest> sent() {
        return List.copyOf(sent);
    }
}
