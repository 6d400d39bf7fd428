package dev.parley.adapter.http.support;

import dev.parley.domain.shared.JsonFragment;
import dev.parley.domain.shared.OrganizationId;
import java.util.Set;

/** Shows the stored data of the events whose resources one API surface owns, the way that surface shows them. */
public interface SurfaceEventData {
    /** The event types this surface owns. */
    Set<String> types();

    /** The {@code data} of a webhook payload for an event of one of {@link #types()}. */
    JsonFragment render(String type, OrganizationId organization, StoredEventData data);
}
