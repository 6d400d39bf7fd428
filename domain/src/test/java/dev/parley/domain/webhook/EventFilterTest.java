package dev.parley.domain.webhook;

import static dev.parley.domain.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.shared.InvalidInput;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class EventFilterTest {
    @Example
    void theCatalogNamesEveryTypeOnceInTheDottedLowerCaseShape() {
        assertThat(EventCatalog.TYPES).doesNotHaveDuplicates().hasSize(20)
                .allMatch(type -> type.matches("[a-z0-9_]+(\\.[a-z0-9_]+)*"))
                .contains("ticket.message.created", "room.message.created", "poll.closed", "cefr.level_changed",
                        "export.completed", "export.failed", "webhook.ping");
        assertThat(EventCatalog.contains("ticket.created")).isTrue();
        assertThat(EventCatalog.contains("ticket.*")).isFalse();
        assertThat(EventCatalog.contains("Ticket.Created")).isFalse();
    }

    @Example
    void aStarMatchesEveryTypeEvenOnesTheCatalogDoesNotKnowYet() {
        EventFilter all = EventFilter.parse("events", List.of("*"));

        assertThat(all.isAll()).isTrue();
        assertThat(all).isEqualTo(EventFilter.all());
        assertThat(all.names()).containsExactly("*");
        assertThat(EventCatalog.TYPES).allMatch(all::matches);
        assertThat(all.matches("invoice.paid")).isTrue();
    }

    @Property
    void aListMatchesExactlyTheTypesItNames(@ForAll("subsets") List<String> names) {
        EventFilter filter = EventFilter.parse("events", names);

        assertThat(filter.isAll()).isFalse();
        assertThat(filter.names()).containsExactlyElementsOf(names);
        for (String type : EventCatalog.TYPES) {
            assertThat(filter.matches(type)).as(type).isEqualTo(names.contains(type));
        }
        assertThat(filter.matches("*")).isFalse();
        assertThat(filter.matches("ticket")).isFalse();
    }

    @Provide
    Arbitrary<List<String>> subsets() {
        return Arbitraries.of(EventCatalog.TYPES).list().uniqueElements().ofMinSize(1).ofMaxSize(EventCatalog.TYPES.size());
    }

    @Example
    void refusesAMissingOrEmptyList() {
        assertRefused("events", () -> EventFilter.parse("events", null));
        assertThatThrownBy(() -> EventFilter.parse("events", List.of())).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.reason()).isEqualTo("must list at least one event type, or \"*\" for all"));
    }

    @Example
    void namesEveryUnknownTypeOnceInTheOrderGiven() {
        assertThatThrownBy(() -> EventFilter.parse("events", List.of("ticket.created", "ticket.deleted", "Room.Created", "ticket.*",
                "ticket.deleted", "", " ticket.updated")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo("events");
                    assertThat(e.reason()).isEqualTo("contains unknown event types: ticket.deleted, Room.Created, ticket.*, ,  ticket.updated");
                });
    }

    @Example
    void refusesAStarMixedWithNames() {
        for (List<String> mixed : List.of(List.of("*", "ticket.created"), List.of("room.created", "*"))) {
            assertThatThrownBy(() -> EventFilter.parse("events", mixed)).isInstanceOfSatisfying(InvalidInput.class,
                    e -> assertThat(e.reason()).isEqualTo("must be [\"*\"] alone or a list of event types, not both"));
        }
    }

    @Example
    void refusesRepeatedNamesListingEachOnce() {
        assertThatThrownBy(() -> EventFilter.parse("events", List.of("poll.opened", "room.created", "poll.opened", "room.created",
                "poll.opened")))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.reason()).isEqualTo("lists event types more than once: poll.opened, room.created"));
        assertRefused("events", () -> EventFilter.parse("events", List.of("*", "*")));
    }

    @Example
    void aStoredFilterLoadsEvenWithATypeTheCatalogDropped() {
        EventFilter stored = EventFilter.rehydrate(List.of("ticket.created", "ticket.escalated"));

        assertThat(stored.matches("ticket.created")).isTrue();
        assertThat(stored.matches("ticket.escalated")).isTrue();
        assertThat(EventFilter.rehydrate(List.of("*")).isAll()).isTrue();
        assertThatThrownBy(() -> EventFilter.rehydrate(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Example
    void theOrderOfTheNamesIsPartOfTheFilter() {
        List<String> names = new ArrayList<>(List.of("room.created", "ticket.created"));
        EventFilter filter = EventFilter.parse("events", names);
        names.clear();

        assertThat(filter.names()).containsExactly("room.created", "ticket.created");
        assertThat(filter).isEqualTo(EventFilter.parse("events", List.of("room.created", "ticket.created")))
                .isNotEqualTo(EventFilter.parse("events", List.of("ticket.created", "room.created")));
    }
}
