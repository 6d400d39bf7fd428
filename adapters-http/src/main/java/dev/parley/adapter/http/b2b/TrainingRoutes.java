package dev.parley.adapter.http.b2b;

import static dev.parley.adapter.http.b2b.B2bRequests.org;
import static dev.parley.adapter.http.b2b.CourseRoutes.READ;
import static dev.parley.adapter.http.b2b.CourseRoutes.WRITE;

import dev.parley.adapter.http.b2b.dto.DataEnvelope;
import dev.parley.adapter.http.support.Idempotency;
import dev.parley.adapter.http.support.JsonBody;
import dev.parley.adapter.http.support.Responses;
import dev.parley.application.learning.port.in.TrainingDraft;
import dev.parley.application.learning.port.in.TrainingQueries;
import dev.parley.application.learning.port.in.TrainingUseCase;
import dev.parley.domain.learning.LessonId;
import dev.parley.domain.learning.Position;
import dev.parley.domain.learning.Title;
import dev.parley.domain.learning.TrainingId;
import dev.parley.domain.learning.TrainingKind;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** Trainings: {@code /api/trainings}, optionally of one lesson. */
public final class TrainingRoutes {
    private final TrainingUseCase trainings;
    private final TrainingQueries queries;
    private final Idempotency idempotency;
    private final LearningDtoMapper mapper = LearningDtoMapper.INSTANCE;

    public TrainingRoutes(TrainingUseCase trainings, TrainingQueries queries, Idempotency idempotency) {
        this.trainings = trainings;
        this.queries = queries;
        this.idempotency = idempotency;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/trainings", ctx -> {
            var page = queries.list(org(ctx), B2bRequests.queryId(ctx, "lesson_id").map(LessonId::new), B2bRequests.page(ctx));
            Responses.json(ctx, 200, LaravelPage.of(page.map(mapper::toTraining), ctx.path(), ctx.queryParamMap()));
        }, READ);
        routes.post("/api/trainings", idempotency.wrap(ctx ->
                Responses.json(ctx, 201, new DataEnvelope<>(mapper.toTraining(trainings.create(org(ctx), draft(ctx)))))), WRITE);
        routes.get("/api/trainings/{training}", ctx ->
                Responses.json(ctx, 200, new DataEnvelope<>(mapper.toTraining(queries.get(org(ctx), id(ctx))))), READ);
        routes.put("/api/trainings/{training}", this::update, WRITE);
        routes.patch("/api/trainings/{training}", this::update, WRITE);
        routes.delete("/api/trainings/{training}", ctx -> {
            trainings.delete(org(ctx), id(ctx));
            Responses.noContent(ctx);
        }, WRITE);
    }

    private void update(Context ctx) {
        TrainingId id = id(ctx);
        Responses.json(ctx, 200, new DataEnvelope<>(mapper.toTraining(trainings.update(org(ctx), id, draft(ctx)))));
    }

    private static TrainingDraft draft(Context ctx) {
        JsonBody body = JsonBody.parse(ctx.body());
        return new TrainingDraft(
                B2bRequests.bodyId(body, "lesson_id").map(LessonId::new),
                body.text("title").map(Title::new),
                body.text("kind").map(TrainingKind::new),
                body.integer("position").map(Position::new));
    }

    private static TrainingId id(Context ctx) {
        return new TrainingId(B2bRequests.pathId(ctx, "training", "training"));
    }
}
