package dev.parley.adapter.http.b2b;

import dev.parley.adapter.http.b2b.dto.DataEnvelope;
import dev.parley.adapter.http.support.PublicRoute;
import dev.parley.adapter.http.support.QueryParams;
import dev.parley.adapter.http.support.Responses;
import dev.parley.application.identity.port.in.OrganizationQueries;
import dev.parley.application.learning.port.in.CatalogFilter;
import dev.parley.application.learning.port.in.CatalogQueries;
import dev.parley.domain.learning.CefrLevel;
import dev.parley.domain.learning.CourseSlug;
import dev.parley.domain.learning.LanguageTag;
import dev.parley.domain.shared.InvalidInput;
import dev.parley.domain.shared.NotFound;
import dev.parley.domain.shared.OrganizationId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The public catalogue: {@code /api/public/courses}, without a token, limited per client address. It shows one
 * organization's published courses, named by {@code ?organization=<slug>}, so no list ever mixes tenants.
 */
public final class PublicCourseRoutes {
    private final OrganizationQueries organizations;
    private final CatalogQueries catalog;
    private final LearningDtoMapper mapper = LearningDtoMapper.INSTANCE;

    public PublicCourseRoutes(OrganizationQueries organizations, CatalogQueries catalog) {
        this.organizations = organizations;
        this.catalog = catalog;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/public/courses", this::list, PublicRoute.INSTANCE);
        routes.get("/api/public/courses/{slug}", this::get, PublicRoute.INSTANCE);
    }

    private void list(Context ctx) {
        OrganizationId org = organization(ctx);
        CatalogFilter filter = new CatalogFilter(
                QueryParams.text(ctx, "language").map(l -> LanguageTag.of("language", l)),
                QueryParams.text(ctx, "cefr_level").map(l -> CefrLevel.parse("cefr_level", l)));
        var page = catalog.list(org, filter, B2bRequests.page(ctx));
        Responses.json(ctx, 200, LaravelPage.of(page.map(mapper::toPublicCourse), ctx.path(), ctx.queryParamMap()));
    }

    private void get(Context ctx) {
        OrganizationId org = organization(ctx);
        String slug = ctx.pathParam("slug");
        if (!CourseSlug.isValid(slug)) {
            throw new NotFound("course", slug);
        }
        Responses.json(ctx, 200, new DataEnvelope<>(mapper.toPublicCourse(catalog.get(org, new CourseSlug(slug)))));
    }

    private OrganizationId organization(Context ctx) {
        String slug = QueryParams.text(ctx, "organization").orElseThrow(() -> new InvalidInput("organization", "is required"));
        return organizations.findBySlug(slug)
                .orElseThrow(() -> new InvalidInput("organization", "is not a known organization"))
                .id();
    }
}
