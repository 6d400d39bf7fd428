package dev.parley.adapter.http.helpdesk;

import dev.parley.adapter.http.helpdesk.dto.TicketListResponse;
import dev.parley.adapter.http.support.CallerContext;
import dev.parley.adapter.http.support.Idempotency;
import dev.parley.adapter.http.support.JsonBody;
import dev.parley.adapter.http.support.QueryParams;
import dev.parley.adapter.http.support.Requires;
import dev.parley.adapter.http.support.Responses;
import dev.parley.application.helpdesk.port.in.OpenTicketUseCase;
import dev.parley.application.helpdesk.port.in.OpenTicketUseCase.OpenTicketCommand;
import dev.parley.application.helpdesk.port.in.PostAgentMessageUseCase;
import dev.parley.application.helpdesk.port.in.PostAgentMessageUseCase.PostAgentMessageCommand;
import dev.parley.application.helpdesk.port.in.TicketFilter;
import dev.parley.application.helpdesk.port.in.TicketFilter.Assignment;
import dev.parley.application.helpdesk.port.in.TicketFilter.TicketSort;
import dev.parley.application.helpdesk.port.in.TicketQueries;
import dev.parley.application.helpdesk.port.in.TicketSummaryView;
import dev.parley.application.helpdesk.port.in.UpdateTicketUseCase;
import dev.parley.application.identity.port.in.Caller;
import dev.parley.application.shared.Page;
import dev.parley.application.shared.PageRequest;
import dev.parley.domain.helpdesk.AgentId;
import dev.parley.domain.helpdesk.Channel;
import dev.parley.domain.helpdesk.Customer;
import dev.parley.domain.helpdesk.MessageText;
import dev.parley.domain.helpdesk.Subject;
import dev.parley.domain.helpdesk.Tags;
import dev.parley.domain.helpdesk.Ticket;
import dev.parley.domain.helpdesk.TicketChanges;
import dev.parley.domain.helpdesk.TicketMessage;
import dev.parley.domain.helpdesk.TicketStatus;
import dev.parley.domain.identity.Ability;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Optional;

/** The helpdesk tickets API: {@code /v1/tickets}, as the Talki reference shows it. */
public final class TicketRoutes {
    public static final int DEFAULT_PER_PAGE = 25;
    public static final int MAX_PER_PAGE = 100;
    private static final Requires READ = new Requires(Ability.TICKETS_READ);
    private static final Requires WRITE = new Requires(Ability.TICKETS_WRITE);

    private final TicketQueries queries;
    private final OpenTicketUseCase openTicket;
    private final UpdateTicketUseCase updateTicket;
    private final PostAgentMessageUseCase postMessage;
    private final Idempotency idempotency;
    private final TicketDtoMapper mapper = TicketDtoMapper.INSTANCE;

    public TicketRoutes(TicketQueries queries, OpenTicketUseCase openTicket, UpdateTicketUseCase updateTicket,
                        PostAgentMessageUseCase postMessage, Idempotency idempotency) {
        this.queries = queries;
        this.openTicket = openTicket;
        this.updateTicket = updateTicket;
        this.postMessage = postMessage;
        this.idempotency = idempotency;
    }

    public void register(RoutesConfig routes) {
        routes.get("/v1/tickets", this::list, READ);
        routes.post("/v1/tickets", idempotency.wrap(this::create), WRITE);
        routes.get("/v1/tickets/{id}", this::get, READ);
        routes.patch("/v1/tickets/{id}", this::update, WRITE);
        routes.post("/v1/tickets/{id}/messages", idempotency.wrap(this::postMessage), WRITE);
    }

    private void list(Context ctx) {
        Caller caller = CallerContext.caller(ctx);
        TicketFilter filter = new TicketFilter(
                QueryParams.text(ctx, "status").map(s -> TicketStatus.parse("status", s)),
                QueryParams.text(ctx, "channel").map(c -> Channel.parse("channel", c)),
                QueryParams.text(ctx, "assignedTo").map(TicketRoutes::assignment),
                QueryParams.text(ctx, "tag"),
                QueryParams.text(ctx, "sort").map(TicketSort::parse).orElse(TicketSort.CREATED_DESC));
        PageRequest page = PageRequest.of(QueryParams.positiveInt(ctx, "page", 1),
                QueryParams.positiveInt(ctx, "per_page", DEFAULT_PER_PAGE), MAX_PER_PAGE);
        Page<TicketSummaryView> tickets = queries.list(caller.organizationId(), filter, page);
        Responses.json(ctx, 200, new TicketListResponse(tickets.items().stream().map(mapper::toSummary).toList(),
                new TicketListResponse.Meta(tickets.total(), page.page(), page.perPage())));
    }

    private void get(Context ctx) {
        Ticket ticket = queries.get(CallerContext.caller(ctx).organizationId(), HelpdeskIds.parseTicket(ctx.pathParam("id")));
        Responses.json(ctx, 200, mapper.toResponse(ticket));
    }

    private void create(Context ctx) {
        JsonBody body = JsonBody.parse(ctx.body());
        JsonBody customer = body.requiredObject("customer");
        OpenTicketCommand command = new OpenTicketCommand(
                CallerContext.caller(ctx).organizationId(),
                body.text("channel").map(c -> Channel.parse("channel", c)).orElse(Channel.API),
                new Subject(body.requiredText("subject")),
                Customer.of(customer.requiredText("name"), customer.requiredText("email"), customer.text("userId")),
                MessageText.of("message", body.requiredText("message")),
                body.textList("tags").map(Tags::new).orElse(Tags.none()));
        Responses.json(ctx, 201, mapper.toResponse(openTicket.open(command)));
    }

    private void update(Context ctx) {
        Caller caller = CallerContext.caller(ctx);
        var id = HelpdeskIds.parseTicket(ctx.pathParam("id"));
        JsonBody body = JsonBody.parse(ctx.body());
        Optional<Optional<AgentId>> assignee = body.has("assignedTo")
                ? Optional.of(body.text("assignedTo").map(a -> HelpdeskIds.parseAgent("assignedTo", a)))
                : Optional.empty();
        TicketChanges changes = new TicketChanges(
                body.text("status").map(s -> TicketStatus.parse("status", s)),
                assignee,
                body.textList("tags").map(Tags::new));
        Responses.json(ctx, 200, mapper.toResponse(updateTicket.update(caller.organizationId(), id, changes)));
    }

    private void postMessage(Context ctx) {
        Caller caller = CallerContext.caller(ctx);
        var id = HelpdeskIds.parseTicket(ctx.pathParam("id"));
        JsonBody body = JsonBody.parse(ctx.body());
        TicketMessage message = postMessage.post(new PostAgentMessageCommand(caller.organizationId(), id,
                new MessageText(body.requiredText("text")), caller.userName(), body.bool("internal").orElse(false)));
        Responses.json(ctx, 201, mapper.toMessage(message));
    }

    private static Assignment assignment(String raw) {
        return "unassigned".equals(raw)
                ? new Assignment.Unassigned()
                : new Assignment.AssignedTo(HelpdeskIds.parseAgent("assignedTo", raw));
    }
}
