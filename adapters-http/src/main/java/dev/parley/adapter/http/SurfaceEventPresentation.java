package dev.parley.adapter.http;

import dev.parley.adapter.http.b2b.B2bEventData;
import dev.parley.adapter.http.helpdesk.HelpdeskEventData;
import dev.parley.adapter.http.livechat.LivechatEventData;
import dev.parley.adapter.http.support.StoredEventData;
import dev.parley.adapter.http.support.SurfaceEventData;
import dev.parley.application.webhook.port.out.EventPresentation;
import dev.parley.domain.shared.DomainException;
import dev.parley.domain.shared.JsonFragment;
import dev.parley.domain.shared.OrganizationId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Presents each event's data through the surface that owns its resource: tickets through the helpdesk, rooms, chat
 * messages and polls through the live chat, learning, exports and pings through the b2b surface. Data recorded before
 * an event carried everything its surface shows (or otherwise unreadable) is passed on as recorded rather than
 * holding back every later event.
 */
public final class SurfaceEventPresentation implements EventPresentation {
    private final Map<String, SurfaceEventData> owners = new HashMap<>();

    public SurfaceEventPresentation(List<SurfaceEventData> surfaces) {
        for (SurfaceEventData surface : surfaces) {
            for (String type : surface.types()) {
                if (owners.putIfAbsent(type, surface) != null) {
                    throw new IllegalArgumentException("two surfaces claim " + type);
                }
            }
        }
    }

    /** The helpdesk, live chat and b2b surfaces. */
    public static SurfaceEventPresentation standard() {
        return new SurfaceEventPresentation(List.of(new HelpdeskEventData(), new LivechatEventData(), new B2bEventData()));
    }

    /** The surface that shows events of {@code type}, if any does. */
    public Optional<SurfaceEventData> owner(String type) {
        return Optional.ofNullable(owners.get(type));
    }

    @Override
    public JsonFragment present(String type, OrganizationId organization, Map<String, Object> data) {
        SurfaceEventData owner = owners.get(type);
        if (owner == null) {
            return JsonFragment.of(data);
        }
        try {
            return owner.render(type, organization, new StoredEventData(data));
        } catch (IllegalArgumentException | DomainException unreadable) {
            return JsonFragment.of(data);
        }
    }
}
