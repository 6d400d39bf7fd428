package dev.parley.adapter.http.b2b;

import dev.parley.adapter.http.b2b.dto.DataEnvelope;
import dev.parley.adapter.http.b2b.dto.MeResponse;
import dev.parley.adapter.http.b2b.dto.SignInResponse;
import dev.parley.adapter.http.support.CallerContext;
import dev.parley.adapter.http.support.JsonBody;
import dev.parley.adapter.http.support.PublicRoute;
import dev.parley.adapter.http.support.Requires;
import dev.parley.adapter.http.support.Responses;
import dev.parley.application.identity.port.in.Caller;
import dev.parley.application.identity.port.in.CurrentUserQueries;
import dev.parley.application.identity.port.in.SignInUseCase;
import dev.parley.application.identity.port.in.SignInUseCase.SignedIn;
import dev.parley.application.identity.port.in.TokenManagementUseCase;
import dev.parley.application.identity.port.in.UserSettingsUseCase;
import dev.parley.application.learning.port.in.LearnerCalendarUseCase;
import dev.parley.application.shared.port.out.Transactions;
import dev.parley.domain.identity.ApiToken;
import dev.parley.domain.identity.Organization;
import dev.parley.domain.identity.User;
import dev.parley.domain.learning.LearnerId;
import dev.parley.domain.shared.TimeZoneName;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * Sign-in, "who am I" and the caller's own settings on the b2b surface; a new time zone recounts the learner's days in
 * the same transaction.
 */
public final class AuthRoutes {
    private final SignInUseCase signIn;
    private final CurrentUserQueries currentUser;
    private final TokenManagementUseCase tokens;
    private final UserSettingsUseCase settings;
    private final LearnerCalendarUseCase calendar;
    private final Transactions tx;
    private final B2bDtoMapper mapper = B2bDtoMapper.INSTANCE;

    public AuthRoutes(SignInUseCase signIn, CurrentUserQueries currentUser, TokenManagementUseCase tokens,
                      UserSettingsUseCase settings, LearnerCalendarUseCase calendar, Transactions tx) {
        this.signIn = signIn;
        this.currentUser = currentUser;
        this.tokens = tokens;
        this.settings = settings;
        this.calendar = calendar;
        this.tx = tx;
    }

    public void register(RoutesConfig routes) {
        routes.post("/api/auth/sign-in", this::signIn, PublicRoute.INSTANCE);
        routes.get("/api/auth/me", this::me, Requires.ANY_TOKEN);
        routes.patch("/api/auth/me", this::changeSettings, Requires.ANY_TOKEN);
    }

    private void signIn(Context ctx) {
        JsonBody body = JsonBody.parse(ctx.body());
        SignedIn signedIn = signIn.signIn(body.requiredText("email"), body.requiredText("password"), ctx.ip());
        ApiToken token = signedIn.token().token();
        Responses.json(ctx, 200, new DataEnvelope<>(new SignInResponse(signedIn.token().plainText().wireForm(), "Bearer",
                token.abilities().wireNames(), mapper.optionalTime(token.expiresAt()), mapper.toUser(signedIn.user()))));
    }

    private void changeSettings(Context ctx) {
        JsonBody body = JsonBody.parse(ctx.body());
        if (body.has("time_zone")) {
            Caller caller = CallerContext.caller(ctx);
            TimeZoneName zone = TimeZoneName.of("time_zone", body.text("time_zone").orElse(null));
            tx.run(() -> {
                User user = settings.changeTimeZone(caller, zone);
                calendar.recount(caller.organizationId(), new LearnerId(user.id().value()));
            });
        }
        me(ctx);
    }

    private void me(Context ctx) {
        Caller caller = CallerContext.caller(ctx);
        Organization organization = currentUser.organization(caller);
        ApiToken token = tokens.current(caller);
        MeResponse me = new MeResponse(
                currentUser.user(caller).map(mapper::toUser).orElse(null),
                new MeResponse.OrganizationResponse(organization.id().value(), organization.slug().value(), organization.name()),
                new MeResponse.CurrentToken(token.id().value(), token.name(), token.abilities().wireNames(),
                        mapper.optionalTime(token.expiresAt()), mapper.optionalTime(token.lastUsedAt())));
        Responses.json(ctx, 200, new DataEnvelope<>(me));
    }
}
