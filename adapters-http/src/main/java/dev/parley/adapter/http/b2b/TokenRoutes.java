package dev.parley.adapter.http.b2b;

import dev.parley.adapter.http.b2b.dto.DataEnvelope;
import dev.parley.adapter.http.b2b.dto.TokenResponse;
import dev.parley.adapter.http.support.CallerContext;
import dev.parley.adapter.http.support.Idempotency;
import dev.parley.adapter.http.support.JsonBody;
import dev.parley.adapter.http.support.QueryParams;
import dev.parley.adapter.http.support.Requires;
import dev.parley.adapter.http.support.Responses;
import dev.parley.application.identity.port.in.IssueTokenUseCase;
import dev.parley.application.identity.port.in.IssueTokenUseCase.IssueTokenCommand;
import dev.parley.application.identity.port.in.IssueTokenUseCase.IssuedToken;
import dev.parley.application.identity.port.in.TokenManagementUseCase;
import dev.parley.application.shared.Page;
import dev.parley.application.shared.PageRequest;
import dev.parley.domain.identity.Abilities;
import dev.parley.domain.identity.Ability;
import dev.parley.domain.identity.ApiToken;
import dev.parley.domain.identity.ApiTokenId;
import dev.parley.domain.shared.InvalidInput;
import dev.parley.domain.shared.NotFound;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** Integration tokens: {@code /api/integrations/tokens}. */
public final class TokenRoutes {
    public static final int DEFAULT_PER_PAGE = 15;
    public static final int MAX_PER_PAGE = 100;
    private static final Requires MANAGE = new Requires(Ability.TOKENS_MANAGE);

    private final IssueTokenUseCase issue;
    private final TokenManagementUseCase management;
    private final Idempotency idempotency;
    private final B2bDtoMapper mapper = B2bDtoMapper.INSTANCE;

    public TokenRoutes(IssueTokenUseCase issue, TokenManagementUseCase management, Idempotency idempotency) {
        this.issue = issue;
        this.management = management;
        this.idempotency = idempotency;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/integrations/tokens", this::list, MANAGE);
        routes.post("/api/integrations/tokens", idempotency.wrap(this::create), MANAGE);
        routes.delete("/api/integrations/tokens/{token}", this::revoke, MANAGE);
    }

    private void list(Context ctx) {
        PageRequest request = PageRequest.of(QueryParams.positiveInt(ctx, "page", 1),
                QueryParams.positiveInt(ctx, "per_page", DEFAULT_PER_PAGE), MAX_PER_PAGE);
        List<ApiToken> all = management.list(CallerContext.caller(ctx));
        List<TokenResponse> slice = all.stream().skip(request.offset()).limit(request.perPage()).map(mapper::toToken).toList();
        Responses.json(ctx, 200, LaravelPage.of(new Page<>(slice, all.size(), request), ctx.path()));
    }

    private void create(Context ctx) {
        JsonBody body = JsonBody.parse(ctx.body());
        IssueTokenCommand command = new IssueTokenCommand(
                body.requiredText("name"),
                Abilities.parse("abilities", body.textList("abilities").orElseThrow(() -> new InvalidInput("abilities", "is required"))),
                Optional.empty(),
                body.text("expires_at").map(TokenRoutes::instant));
        IssuedToken issued = issue.issue(CallerContext.caller(ctx), command);
        Responses.json(ctx, 201, new DataEnvelope<>(mapper.toToken(issued.token(), issued.plainText().wireForm())));
    }

    private void revoke(Context ctx) {
        String raw = ctx.pathParam("token");
        long id;
        try {
            id = Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new NotFound("token", raw);
        }
        if (id <= 0) {
            throw new NotFound("token", raw);
        }
        management.revoke(CallerContext.caller(ctx), new ApiTokenId(id));
        Responses.noContent(ctx);
    }

    private static Instant instant(String raw) {
        try {
            return OffsetDateTime.parse(raw).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInput("expires_at", "must be an ISO-8601 date-time with an offset, e.g. 2030-01-01T00:00:00Z");
        }
    }
}
