package dev.parley.domain.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.helpdesk.TicketEvents.TicketCreated;
import dev.parley.domain.helpdesk.TicketEvents.TicketMessageCreated;
import dev.parley.domain.helpdesk.TicketEvents.TicketUpdated;
import dev.parley.domain.shared.DomainEvent;
import dev.parley.domain.shared.OrganizationId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TicketTest {
    private static final Instant OPENED = Instant.parse("2024-03-15T14:23:00Z");
    private static final OrganizationId ORG = new OrganizationId(42);
    private static final TicketId TICKET = new TicketId(new UUID(0, 1));
    private static final MessageId FIRST_MESSAGE = new MessageId(new UUID(1, 0));

    /** Something done to an open ticket, at an offset from its opening that may lie in the past of earlier steps. */
    sealed interface Operation {
        long offsetSeconds();
    }

    /** An agent's change request, as sent. */
    record Update(TicketChanges changes, long offsetSeconds) implements Operation {
    }

    /** An agent's change request naming exactly the values the ticket already has. */
    record UpdateToCurrent(long offsetSeconds) implements Operation {
    }

    /** A reply visible to the customer, or an internal note when {@code internal}. */
    record AgentMessage(boolean internal, long offsetSeconds) implements Operation {
    }

    /** The customer writes again. */
    record CustomerMessage(long offsetSeconds) implements Operation {
    }

    /** What could be observed of a ticket. */
    record State(TicketStatus status, Optional<AgentId> assignee, Tags tags, Instant createdAt, Instant updatedAt,
                 Optional<Instant> firstResponseAt, List<TicketMessage> messages) {
        static State of(Ticket ticket) {
            return new State(ticket.status(), ticket.assignee(), ticket.tags(), ticket.createdAt(), ticket.updatedAt(),
                    ticket.firstResponseAt(), ticket.messages());
        }
    }

    /** One operation applied: the state around it, the message it wrote, the events it recorded. */
    record Step(State before, Operation operation, Instant at, Optional<TicketMessage> written,
                List<DomainEvent> events, List<DomainEvent> pulledAgain, State after) {
    }

    @Provide
    Arbitrary<List<Operation>> operations() {
        Arbitrary<Long> offsets = Arbitraries.longs().between(-600, 86_400);
        Arbitrary<Operation> update = Combinators.combine(changes(), offsets).as(Update::new);
        Arbitrary<Operation> current = offsets.map(UpdateToCurrent::new);
        Arbitrary<Operation> agent = Combinators.combine(Arbitraries.of(true, false), offsets).as(AgentMessage::new);
        Arbitrary<Operation> customer = offsets.map(CustomerMessage::new);
        return Arbitraries.oneOf(update, current, agent, customer).list().ofMaxSize(30);
    }

    private Arbitrary<TicketChanges> changes() {
        Arbitrary<Optional<TicketStatus>> status = maybe(Arbitraries.of(TicketStatus.class));
        Arbitrary<Optional<Optional<AgentId>>> assignee = maybe(Arbitraries.longs().between(0, 2)
                .map(id -> id == 0 ? Optional.<AgentId>empty() : Optional.of(new AgentId(id))));
        Arbitrary<Optional<Tags>> tags = maybe(Arbitraries.of("billing", "urgent", "vip").list().ofMaxSize(3).map(Tags::new));
        return Combinators.combine(status, assignee, tags).as(TicketChanges::new);
    }

    private static <T> Arbitrary<Optional<T>> maybe(Arbitrary<T> values) {
        return Arbitraries.oneOf(Arbitraries.just(Optional.<T>empty()), values.map(Optional::of));
    }

    private static Ticket openTicket() {
        return Ticket.open(TICKET, ORG, Channel.WIDGET, new Subject("Cannot sign in"),
                Customer.of("Ada Lovelace", "ada@example.com", Optional.empty()), FIRST_MESSAGE,
                new MessageText("It says my password is wrong."), Tags.none(), OPENED);
    }

    private static List<Step> play(List<Operation> operations) {
        Ticket ticket = openTicket();
        ticket.pullEvents();
        List<Step> steps = new ArrayList<>();
        long messageNumber = 1;
        for (Operation operation : operations) {
            State before = State.of(ticket);
            Instant at = OPENED.plusSeconds(operation.offsetSeconds());
            MessageId messageId = new MessageId(new UUID(1, messageNumber++));
            Optional<TicketMessage> written = apply(ticket, operation, before, messageId, at);
            List<DomainEvent> events = ticket.pullEvents();
            steps.add(new Step(before, operation, at, written, events, ticket.pullEvents(), State.of(ticket)));
        }
        return steps;
    }

    private static Optional<TicketMessage> apply(Ticket ticket, Operation operation, State before, MessageId messageId, Instant at) {
        return switch (operation) {
            case Update u -> {
                ticket.update(u.changes(), at);
                yield Optional.empty();
            }
            case UpdateToCurrent ignored -> {
                ticket.update(asRequested(before), at);
                yield Optional.empty();
            }
            case AgentMessage m -> Optional.of(ticket.replyAsAgent(messageId, new MessageText("On it."), Optional.of("Grace"), m.internal(), at));
            case CustomerMessage ignored -> Optional.of(ticket.receiveFromCustomer(messageId, new MessageText("Still broken."), at));
        };
    }

    private static TicketChanges asRequested(State current) {
        return new TicketChanges(Optional.of(current.status()), Optional.of(current.assignee()), Optional.of(current.tags()));
    }

    private static List<String> types(List<DomainEvent> events) {
        return events.stream().map(DomainEvent::type).toList();
    }

    private static List<String> requestedChanges(Step step) {
        TicketChanges changes = switch (step.operation()) {
            case Update u -> u.changes();
            case UpdateToCurrent ignored -> asRequested(step.before());
            case AgentMessage ignored -> TicketChanges.none();
            case CustomerMessage ignored -> TicketChanges.none();
        };
        List<String> changed = new ArrayList<>();
        changes.status().filter(s -> s != step.before().status()).ifPresent(s -> changed.add("status"));
        changes.assignee().filter(a -> !a.equals(step.before().assignee())).ifPresent(a -> changed.add("assignedTo"));
        changes.tags().filter(t -> !t.equals(step.before().tags())).ifPresent(t -> changed.add("tags"));
        return changed;
    }

    private static boolean isUpdate(Operation operation) {
        return operation instanceof Update || operation instanceof UpdateToCurrent;
    }

    @Property
    void messagesKeepTheOrderTheyWereAddedIn(@ForAll("operations") List<Operation> operations) {
        List<Step> steps = play(operations);
        List<TicketMessage> expected = new ArrayList<>(openTicket().messages());
        steps.forEach(step -> step.written().ifPresent(expected::add));

        State last = steps.isEmpty() ? State.of(openTicket()) : steps.getLast().after();
        assertThat(last.messages()).containsExactlyElementsOf(expected);
        for (Step step : steps) {
            assertThat(step.after().messages()).startsWith(step.before().messages().toArray(TicketMessage[]::new));
        }
    }

    @Property
    void theFirstPublicAgentReplySetsTheFirstResponseTimeForGood(@ForAll("operations") List<Operation> operations) {
        List<Step> steps = play(operations);

        Optional<Instant> firstPublicReply = steps.stream()
                .filter(s -> s.operation() instanceof AgentMessage m && !m.internal())
                .map(Step::at).findFirst();
        State last = steps.isEmpty() ? State.of(openTicket()) : steps.getLast().after();
        assertThat(last.firstResponseAt()).isEqualTo(firstPublicReply);
        for (Step step : steps) {
            if (step.before().firstResponseAt().isPresent()) {
                assertThat(step.after().firstResponseAt()).isEqualTo(step.before().firstResponseAt());
            }
        }
    }

    @Property
    void internalNotesCustomerMessagesAndUpdatesNeverSetTheFirstResponseTime(@ForAll("operations") List<Operation> operations) {
        for (Step step : play(operations)) {
            boolean publicReply = step.operation() instanceof AgentMessage m && !m.internal();
            if (!publicReply) {
                assertThat(step.after().firstResponseAt()).isEqualTo(step.before().firstResponseAt());
            }
        }
    }

    @Property
    void aCustomerMessageReopensAPendingOrResolvedTicket(@ForAll("operations") List<Operation> operations) {
        for (Step step : play(operations)) {
            if (step.operation() instanceof CustomerMessage) {
                boolean wasWaiting = step.before().status() != TicketStatus.OPEN;
                assertThat(step.after().status()).isEqualTo(TicketStatus.OPEN);
                assertThat(types(step.events())).isEqualTo(wasWaiting
                        ? List.of("ticket.message.created", "ticket.updated")
                        : List.of("ticket.message.created"));
                if (wasWaiting) {
                    assertThat(((TicketUpdated) step.events().get(1)).changed()).containsExactly("status");
                }
            }
        }
    }

    @Property
    void updatedAtNeverGoesBackAndCreatedAtNeverChanges(@ForAll("operations") List<Operation> operations) {
        for (Step step : play(operations)) {
            assertThat(step.after().updatedAt()).isAfterOrEqualTo(step.before().updatedAt());
            assertThat(step.after().createdAt()).isEqualTo(OPENED);
        }
    }

    @Property
    void aChangeMovesUpdatedAtToItsTimeUnlessThatIsEarlier(@ForAll("operations") List<Operation> operations) {
        for (Step step : play(operations)) {
            boolean changedSomething = !isUpdate(step.operation()) || !requestedChanges(step).isEmpty();
            Instant expected = changedSomething && step.at().isAfter(step.before().updatedAt()) ? step.at() : step.before().updatedAt();
            assertThat(step.after().updatedAt()).isEqualTo(expected);
        }
    }

    @Property
    void anUpdateRecordsOneEventNamingWhatChangedOrNothingAtAll(@ForAll("operations") List<Operation> operations) {
        for (Step step : play(operations)) {
            if (!isUpdate(step.operation())) {
                continue;
            }
            List<String> changed = requestedChanges(step);
            if (changed.isEmpty()) {
                assertThat(step.events()).isEmpty();
                assertThat(step.after()).isEqualTo(step.before());
            } else {
                assertThat(step.events()).singleElement().isInstanceOfSatisfying(TicketUpdated.class, event -> {
                    assertThat(event.changed()).isEqualTo(changed);
                    assertThat(event.ticket().status()).isEqualTo(step.after().status());
                    assertThat(event.occurredAt()).isEqualTo(step.at());
                });
            }
        }
    }

    @Property
    void anAgentMessageRecordsExactlyOneMessageEvent(@ForAll("operations") List<Operation> operations) {
        for (Step step : play(operations)) {
            if (step.operation() instanceof AgentMessage m) {
                assertThat(step.events()).singleElement().isInstanceOfSatisfying(TicketMessageCreated.class, event -> {
                    assertThat(event.message()).isEqualTo(step.written().orElseThrow());
                    assertThat(event.message().internal()).isEqualTo(m.internal());
                    assertThat(event.data()).containsEntry("internal", m.internal());
                });
                assertThat(step.after().status()).isEqualTo(step.before().status());
            }
        }
    }

    @Property
    void pullingEventsDrainsThem(@ForAll("operations") List<Operation> operations) {
        for (Step step : play(operations)) {
            assertThat(step.pulledAgain()).isEmpty();
        }
    }

    @Property
    void openingRecordsTicketCreatedThenTheFirstMessage(@ForAll("openings") Instant openedAt) {
        Ticket ticket = Ticket.open(TICKET, ORG, Channel.EMAIL, new Subject("Refund"),
                Customer.of("Ada", "ada@example.com", Optional.of("u-1")), FIRST_MESSAGE, new MessageText("Please refund."),
                new Tags(List.of("billing")), openedAt);

        List<DomainEvent> events = ticket.pullEvents();

        assertThat(types(events)).containsExactly("ticket.created", "ticket.message.created");
        assertThat(events).allSatisfy(e -> {
            assertThat(e.organizationId()).isEqualTo(ORG);
            assertThat(e.occurredAt()).isEqualTo(openedAt);
        });
        assertThat(((TicketCreated) events.get(0)).ticket().status()).isEqualTo(TicketStatus.OPEN);
        assertThat(((TicketMessageCreated) events.get(1)).message()).isEqualTo(ticket.messages().getFirst());
        assertThat(ticket.pullEvents()).isEmpty();
    }

    @Provide
    Arbitrary<Instant> openings() {
        return Arbitraries.longs().between(0, 4_102_444_800L).map(Instant::ofEpochSecond);
    }

    @Example
    void aNewTicketIsOpenUnassignedAndHoldsTheCustomersWords() {
        Ticket ticket = openTicket();

        assertThat(ticket.status()).isEqualTo(TicketStatus.OPEN);
        assertThat(ticket.assignee()).isEmpty();
        assertThat(ticket.firstResponseAt()).isEmpty();
        assertThat(ticket.createdAt()).isEqualTo(OPENED);
        assertThat(ticket.updatedAt()).isEqualTo(OPENED);
        assertThat(ticket.messages()).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo(FIRST_MESSAGE);
            assertThat(m.role()).isEqualTo(MessageRole.CUSTOMER);
            assertThat(m.internal()).isFalse();
            assertThat(m.text().value()).isEqualTo("It says my password is wrong.");
        });
    }

    @Example
    void theTicketCreatedEventCarriesTheTicketOnTheWire() {
        Map<String, Object> data = openTicket().pullEvents().getFirst().data();

        assertThat(data).containsEntry("ticket_id", TICKET.value().toString())
                .containsEntry("status", "open")
                .containsEntry("channel", "widget")
                .containsEntry("subject", "Cannot sign in")
                .containsEntry("customer_email", "ada@example.com")
                .containsEntry("assignee_id", null)
                .containsEntry("created_at", "2024-03-15T14:23:00Z")
                .containsEntry("first_response_at", null);
    }
}
