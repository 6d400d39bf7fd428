package dev.parley.domain.identity;

import dev.parley.domain.shared.InvalidInput;
import java.util.Arrays;
import java.util.Optional;

/** A named permission an API token can carry, spelled as on the wire. */
public enum Ability {
    TOKENS_MANAGE("tokens:manage"),
    COURSES_READ("courses:read"),
    COURSES_WRITE("courses:write"),
    PROGRESS_READ("progress:read"),
    PROGRESS_WRITE("progress:write"),
    STATS_READ("stats:read"),
    WEBHOOKS_MANAGE("webhooks:manage"),
    EXPORTS_MANAGE("exports:manage"),
    LTI_MANAGE("lti:manage"),
    XAPI_MANAGE("xapi:manage"),
    INSTITUTIONS_READ("institutions:read"),
    INSTITUTIONS_MANAGE("institutions:manage"),
    BILLING_MANAGE("billing:manage"),
    TICKETS_READ("tickets:read"),
    TICKETS_WRITE("tickets:write"),
    ROOMS_READ("rooms:read"),
    ROOMS_CREATE("rooms:create"),
    ROOMS_UPDATE("rooms:update"),
    ROOMS_DELETE("rooms:delete");

    private final String wireName;

    Ability(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<Ability> fromWireName(String name) {
        return Arrays.stream(values()).filter(a -> a.wireName.equals(name)).findFirst();
    }

    public static Ability parse(String field, String name) {
        return fromWireName(name).orElseThrow(() -> new InvalidInput(field, "contains an unknown ability: " + name));
    }
}
