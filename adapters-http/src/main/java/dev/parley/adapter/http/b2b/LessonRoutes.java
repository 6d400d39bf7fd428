package dev.parley.adapter.http.b2b;

import static dev.parley.adapter.http.b2b.B2bRequests.org;
import static dev.parley.adapter.http.b2b.CourseRoutes.READ;
import static dev.parley.adapter.http.b2b.CourseRoutes.WRITE;

import dev.parley.adapter.http.b2b.dto.DataEnvelope;
import dev.parley.adapter.http.support.Idempotency;
import dev.parley.adapter.http.support.JsonBody;
import dev.parley.adapter.http.support.Responses;
import dev.parley.application.learning.port.in.LessonDraft;
import dev.parley.application.learning.port.in.LessonQueries;
import dev.parley.application.learning.port.in.LessonUseCase;
import dev.parley.domain.learning.CourseId;
import dev.parley.domain.learning.LessonId;
import dev.parley.domain.learning.Position;
import dev.parley.domain.learning.Title;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** Lessons: {@code /api/lessons}, optionally of one course. */
public final class LessonRoutes {
    private final LessonUseCase lessons;
    private final LessonQueries queries;
    private final Idempotency idempotency;
    private final LearningDtoMapper mapper = LearningDtoMapper.INSTANCE;

    public LessonRoutes(LessonUseCase lessons, LessonQueries queries, Idempotency idempotency) {
        this.lessons = lessons;
        this.queries = queries;
        this.idempotency = idempotency;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/lessons", ctx -> {
            var page = queries.list(org(ctx), B2bRequests.queryId(ctx, "course_id").map(CourseId::new), B2bRequests.page(ctx));
            Responses.json(ctx, 200, LaravelPage.of(page.map(mapper::toLesson), ctx.path(), ctx.queryParamMap()));
        }, READ);
        routes.post("/api/lessons", idempotency.wrap(ctx ->
                Responses.json(ctx, 201, new DataEnvelope<>(mapper.toLesson(lessons.create(org(ctx), draft(ctx)))))), WRITE);
        routes.get("/api/lessons/{lesson}", ctx ->
                Responses.json(ctx, 200, new DataEnvelope<>(mapper.toLesson(queries.get(org(ctx), id(ctx))))), READ);
        routes.put("/api/lessons/{lesson}", this::update, WRITE);
        routes.patch("/api/lessons/{lesson}", this::update, WRITE);
        routes.delete("/api/lessons/{lesson}", ctx -> {
            lessons.delete(org(ctx), id(ctx));
            Responses.noContent(ctx);
        }, WRITE);
    }

    private void update(Context ctx) {
        LessonId id = id(ctx);
        Responses.json(ctx, 200, new DataEnvelope<>(mapper.toLesson(lessons.update(org(ctx), id, draft(ctx)))));
    }

    private static LessonDraft draft(Context ctx) {
        JsonBody body = JsonBody.parse(ctx.body());
        return new LessonDraft(
                B2bRequests.bodyId(body, "course_id").map(CourseId::new),
                body.text("title").map(Title::new),
                body.integer("position").map(Position::new));
    }

    private static LessonId id(Context ctx) {
        return new LessonId(B2bRequests.pathId(ctx, "lesson", "lesson"));
    }
}
