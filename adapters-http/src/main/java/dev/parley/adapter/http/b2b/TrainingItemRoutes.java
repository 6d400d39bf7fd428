package dev.parley.adapter.http.b2b;

import static dev.parley.adapter.http.b2b.B2bRequests.org;
import static dev.parley.adapter.http.b2b.CourseRoutes.READ;
import static dev.parley.adapter.http.b2b.CourseRoutes.WRITE;

import dev.parley.adapter.http.b2b.dto.DataEnvelope;
import dev.parley.adapter.http.support.CallerContext;
import dev.parley.adapter.http.support.Idempotency;
import dev.parley.adapter.http.support.JsonBody;
import dev.parley.adapter.http.support.QueryParams;
import dev.parley.adapter.http.support.Responses;
import dev.parley.application.learning.port.in.ItemFilter;
import dev.parley.application.learning.port.in.TrainingItemDraft;
import dev.parley.application.learning.port.in.TrainingItemQueries;
import dev.parley.application.learning.port.in.TrainingItemUseCase;
import dev.parley.domain.identity.Ability;
import dev.parley.domain.learning.CefrLevel;
import dev.parley.domain.learning.Position;
import dev.parley.domain.learning.Skill;
import dev.parley.domain.learning.TrainingId;
import dev.parley.domain.learning.TrainingItem;
import dev.parley.domain.learning.TrainingItemId;
import dev.parley.domain.learning.Xp;
import dev.parley.domain.learning.exercise.ItemType;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** Training items: {@code /api/trainingItems}; their solutions are shown only to callers who may write courses. */
public final class TrainingItemRoutes {
    private final TrainingItemUseCase items;
    private final TrainingItemQueries queries;
    private final Idempotency idempotency;
    private final LearningDtoMapper mapper = LearningDtoMapper.INSTANCE;

    public TrainingItemRoutes(TrainingItemUseCase items, TrainingItemQueries queries, Idempotency idempotency) {
        this.items = items;
        this.queries = queries;
        this.idempotency = idempotency;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/trainingItems", this::list, READ);
        routes.post("/api/trainingItems", idempotency.wrap(ctx -> respond(ctx, 201, items.create(org(ctx), draft(ctx)))), WRITE);
        routes.get("/api/trainingItems/{item}", ctx -> respond(ctx, 200, queries.get(org(ctx), id(ctx))), READ);
        routes.put("/api/trainingItems/{item}", this::update, WRITE);
        routes.patch("/api/trainingItems/{item}", this::update, WRITE);
        routes.delete("/api/trainingItems/{item}", ctx -> {
            items.delete(org(ctx), id(ctx));
            Responses.noContent(ctx);
        }, WRITE);
    }

    private void list(Context ctx) {
        ItemFilter filter = new ItemFilter(
                B2bRequests.queryId(ctx, "training_id").map(TrainingId::new),
                QueryParams.text(ctx, "type").map(t -> ItemType.parse("type", t)));
        boolean author = isAuthor(ctx);
        var page = queries.list(org(ctx), filter, B2bRequests.page(ctx));
        Responses.json(ctx, 200, LaravelPage.of(page.map(item -> mapper.toItem(item, author)), ctx.path(), ctx.queryParamMap()));
    }

    private void update(Context ctx) {
        TrainingItemId id = id(ctx);
        respond(ctx, 200, items.update(org(ctx), id, draft(ctx)));
    }

    private void respond(Context ctx, int status, TrainingItem item) {
        Responses.json(ctx, status, new DataEnvelope<>(mapper.toItem(item, isAuthor(ctx))));
    }

    private static boolean isAuthor(Context ctx) {
        return CallerContext.caller(ctx).can(Ability.COURSES_WRITE);
    }

    private static TrainingItemDraft draft(Context ctx) {
        JsonBody body = JsonBody.parse(ctx.body());
        return new TrainingItemDraft(
                B2bRequests.bodyId(body, "training_id").map(TrainingId::new),
                body.text("type").map(t -> ItemType.parse("type", t)),
                body.plain("content"),
                body.plain("solution"),
                body.text("skill").map(s -> Skill.parse("skill", s)),
                body.text("cefr_level").map(l -> CefrLevel.parse("cefr_level", l)),
                body.integer("xp").map(Xp::new),
                body.integer("position").map(Position::new));
    }

    private static TrainingItemId id(Context ctx) {
        return new TrainingItemId(B2bRequests.pathId(ctx, "item", "training_item"));
    }
}
