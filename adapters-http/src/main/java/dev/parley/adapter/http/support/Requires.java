package dev.parley.adapter.http.support;

import dev.parley.domain.identity.Ability;
import io.javalin.security.RouteRole;
import java.util.Optional;

/** Marks a route as needing a valid bearer token, with this ability when one is named. */
public record Requires(Optional<Ability> ability) implements RouteRole {
    /** Any valid token will do. */
    public static final Requires ANY_TOKEN = new Requires(Optional.empty());

    public Requires(Ability ability) {
        this(Optional.of(ability));
    }
}
