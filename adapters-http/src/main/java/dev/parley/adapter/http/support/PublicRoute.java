package dev.parley.adapter.http.support;

import io.javalin.security.RouteRole;

/** Marks an API route that needs no token; it is rate-limited per client address instead. */
public enum PublicRoute implements RouteRole {
    INSTANCE
}
