package dev.parley.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.adapter.http.b2b.B2bEventData;
import dev.parley.adapter.http.helpdesk.HelpdeskEventData;
import dev.parley.adapter.http.helpdesk.HelpdeskIds;
import dev.parley.adapter.http.livechat.LivechatEventData;
import dev.parley.adapter.http.support.StoredEvents;
import dev.parley.application.contract.Seed;
import dev.parley.domain.helpdesk.Channel;
import dev.parley.domain.helpdesk.Ticket;
import dev.parley.domain.shared.DomainEvent;
import dev.parley.domain.shared.OrganizationId;
import dev.parley.domain.webhook.EventCatalog;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every catalog event has exactly one surface to show it; what no surface can read still goes out as recorded. */
class SurfaceEventPresentationTest {
    private static final OrganizationId ORG = new OrganizationId(9);

    private final SurfaceEventPresentation presentation = SurfaceEventPresentation.standard();

    @Test
    void every_event_a_webhook_can_subscribe_to_has_a_surface() {
        assertThat(EventCatalog.TYPES).hasSize(20).allSatisfy(type -> assertThat(presentation.owner(type)).as(type).isPresent());
        assertThat(presentation.owner("ticket.created")).containsInstanceOf(HelpdeskEventData.class);
        assertThat(presentation.owner("poll.closed")).containsInstanceOf(LivechatEventData.class);
        assertThat(presentation.owner("cefr.level_changed")).containsInstanceOf(B2bEventData.class);
    }

    @Test
    void two_surfaces_never_claim_one_event() {
        assertThatThrownBy(() -> new SurfaceEventPresentation(List.of(new B2bEventData(), new B2bEventData())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two surfaces claim");
    }

    @Test
    void data_recorded_in_an_older_shape_is_passed_on_as_recorded_rather_than_holding_back_the_outbox() {
        Map<String, Object> older = Map.of("room_id", "00000000-0000-4000-8000-000000000001", "name", "Lobby", "status", "open");

        assertThat(StoredEvents.shown(presentation.present("room.created", ORG, older))).isEqualTo(older);
    }

    @Test
    void a_type_no_surface_owns_is_passed_on_as_recorded() {
        assertThat(StoredEvents.shown(presentation.present("something.else", ORG, Map.of("n", 1)))).isEqualTo(Map.of("n", 1));
    }

    @Test
    void a_readable_event_is_shown_by_its_surface() {
        Ticket ticket = Seed.ticket(ORG, Seed.uuid(5), Channel.EMAIL, List.of(), Seed.T0);
        DomainEvent created = StoredEvents.only(ticket.pullEvents(), "ticket.created");

        Map<String, Object> shown = StoredEvents.shown(presentation.present(created.type(), ORG, StoredEvents.stored(created)));

        assertThat(shown).containsEntry("id", HelpdeskIds.ticket(ticket.id())).containsEntry("orgId", "org_9")
                .doesNotContainKey("ticket_id");
    }
}
