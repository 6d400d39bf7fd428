package dev.parley.application.webhook.port.out;

import dev.parley.domain.shared.JsonFragment;
import dev.parley.domain.shared.OrganizationId;
import java.util.Map;

/**
 * Turns an event's stored, surface-neutral data into the {@code data} a webhook receiver gets: the resource as the API
 * surface that owns it shows it (its key casing, id encoding and time format).
 */
public interface EventPresentation {
    /**
     * @param data the event's data as recorded, the shape {@link dev.parley.domain.shared.DomainEvent#data()} describes
     * @return the payload's {@code data}, written as JSON
     */
    JsonFragment present(String type, OrganizationId organization, Map<String, Object> data);
}
