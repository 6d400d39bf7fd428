package dev.parley.bootstrap.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class OpenApiContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Headers of a response the rate limiter admitted. */
    private static final Map<String, String> COUNTED = headers(
            "Content-Type", "application/json",
            "X-Request-Id", "01HV6Z3K8Q9X7M2N4P5R6S7T8V",
            "RateLimit-Policy", "\"default\";q=300;w=60",
            "RateLimit", "\"default\";r=299;t=60",
            "X-RateLimit-Limit", "300",
            "X-RateLimit-Remaining", "299");
    /** Headers of a response the rate limiter never saw, such as a 401. */
    private static final Map<String, String> UNCOUNTED = headers(
            "Content-Type", "application/json",
            "X-Request-Id", "01HV6Z3K8Q9X7M2N4P5R6S7T8V");
    /** Headers of a response the rate limiter refused. */
    private static final Map<String, String> THROTTLED = headers(
            "Content-Type", "application/json",
            "X-Request-Id", "01HV6Z3K8Q9X7M2N4P5R6S7T8V",
            "RateLimit-Policy", "\"default\";q=300;w=60",
            "RateLimit", "\"default\";r=0;t=48",
            "X-RateLimit-Limit", "300",
            "X-RateLimit-Remaining", "0",
            "Retry-After", "12");
    /** Headers of a response refused because the database is unreachable. */
    private static final Map<String, String> UNAVAILABLE = headers(
            "Content-Type", "application/json",
            "X-Request-Id", "01HV6Z3K8Q9X7M2N4P5R6S7T8V",
            "Retry-After", "5");
    /** Headers of an admitted response without a body. */
    private static final Map<String, String> COUNTED_NO_CONTENT = without(COUNTED, "Content-Type");

    private static OpenApiContract helpdesk;
    private static OpenApiContract b2b;
    private static OpenApiContract livechat;

    @BeforeAll
    static void loadDocuments() {
        helpdesk = OpenApiContract.load("helpdesk");
        b2b = OpenApiContract.load("b2b");
        livechat = OpenApiContract.load("livechat");
    }

    @ParameterizedTest
    @ValueSource(strings = {"helpdesk", "b2b", "livechat"})
    void everyDocumentLoadsWithoutParserMessages(String surface) {
        assertThatCode(() -> OpenApiContract.load(surface)).doesNotThrowAnyException();
    }

    @Test
    void aDocumentWithParserMessagesIsRefused() {
        assertThatThrownBy(() -> OpenApiContract.load("broken-fixture"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("openapi/broken-fixture.json")
                .hasMessageContaining("info.version is missing")
                .hasMessageContaining("colour is unexpected");
    }

    @Test
    void aMissingDocumentIsRefused() {
        assertThatThrownBy(() -> OpenApiContract.load("nowhere"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("openapi/nowhere.json");
    }

    @Test
    void aFailureListsEveryValidationMessage() {
        String ticket = edit(Helpdesk.TICKET, t -> {
            t.remove("tags");
            t.put("priority", "high");
            t.put("status", "closed");
        });

        assertThatThrownBy(() -> helpdesk.assertResponseMatches("GET", "/v1/tickets/tkt_abc123", 200, COUNTED, ticket))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("GET /v1/tickets/tkt_abc123 -> 200 does not match openapi/helpdesk.json")
                .hasMessageContaining("validation.response.body.schema.required")
                .hasMessageContaining("validation.response.body.schema.additionalProperties")
                .hasMessageContaining("validation.response.body.schema.enum");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documentedExamples")
    void everyExampleInTheDocumentsMatchesItsOwnResponse(String name, OpenApiContract contract, Exchange example) {
        example.assertMatches(contract);
    }

    @Nested
    class Helpdesk {
        static final String SUMMARY = """
                {"id": "tkt_abc123", "orgId": "org_xyz", "status": "open", "channel": "widget",
                 "subject": "Can't log into my account",
                 "createdAt": "2024-03-15T14:23:00Z", "updatedAt": "2024-03-15T14:58:00Z", "firstResponseAt": null,
                 "customer": {"name": "Alice Johnson", "email": "alice@example.com"},
                 "assignedTo": null, "tags": []}""";
        static final String LIST = """
                {"data": [%s,
                          {"id": "tkt_9f2k", "orgId": "org_xyz", "status": "pending", "channel": "telegram",
                           "subject": "Refund", "createdAt": "2024-03-14T10:00:00Z", "updatedAt": "2024-03-15T09:30:00Z",
                           "firstResponseAt": "2024-03-14T10:05:00Z",
                           "customer": {"name": "Chen Wei", "email": "chen@example.org", "userId": "42"},
                           "assignedTo": "agent_7", "tags": ["billing", "urgent"]}],
                 "meta": {"total": 142, "page": 1, "perPage": 25}}""".formatted(SUMMARY);
        static final String TICKET = """
                {"id": "tkt_abc123", "orgId": "org_xyz", "status": "open", "channel": "widget",
                 "subject": "Can't log into my account",
                 "createdAt": "2024-03-15T14:23:00Z", "updatedAt": "2024-03-15T15:02:00Z",
                 "firstResponseAt": "2024-03-15T14:58:00Z",
                 "customer": {"name": "Alice Johnson", "email": "alice@example.com", "userId": "usr_abc"},
                 "assignedTo": "agent_123", "tags": ["login"],
                 "messages": [
                   {"id": "msg_001", "role": "customer", "text": "Hi, I can't log in using my Google account.",
                    "internal": false, "createdAt": "2024-03-15T14:23:00Z"},
                   {"id": "msg_002", "role": "agent", "text": "Hi Alice, let me look into that for you.",
                    "agentName": "Bob", "internal": false, "createdAt": "2024-03-15T14:58:00Z"},
                   {"id": "msg_003", "role": "agent", "text": "Looks like the SSO outage.",
                    "internal": true, "createdAt": "2024-03-15T15:02:00Z"}]}""";
        static final String NEW_TICKET = """
                {"id": "tkt_new456", "orgId": "org_xyz", "status": "open", "channel": "api",
                 "subject": "Password reset not working",
                 "createdAt": "2024-03-16T09:00:00Z", "updatedAt": "2024-03-16T09:00:00Z", "firstResponseAt": null,
                 "customer": {"name": "Bob Smith", "email": "bob@example.com"},
                 "assignedTo": null, "tags": ["password", "email-delivery"],
                 "messages": [
                   {"id": "msg_004", "role": "customer", "text": "The email never arrived.",
                    "internal": false, "createdAt": "2024-03-16T09:00:00Z"}]}""";
        static final String MESSAGE = """
                {"id": "msg_789", "role": "agent", "text": "We've fixed the issue — please try again!",
                 "agentName": "Bob", "internal": false, "createdAt": "2024-03-16T09:11:00Z"}""";

        static String error(String code, String message) {
            return """
                    {"error": {"code": "%s", "message": "%s"}}""".formatted(code, message);
        }

        static Stream<Exchange> matching() {
            return Stream.of(
                    new Exchange("a page of tickets", "GET", "/v1/tickets?status=open&page=1&per_page=25", 200, COUNTED, LIST),
                    new Exchange("an empty page", "GET", "/v1/tickets?page=9", 200, COUNTED,
                            """
                            {"data": [], "meta": {"total": 0, "page": 9, "perPage": 25}}"""),
                    new Exchange("a created ticket", "POST", "/v1/tickets", 201, COUNTED, NEW_TICKET),
                    new Exchange("a ticket", "GET", "/v1/tickets/tkt_abc123", 200, COUNTED, TICKET),
                    new Exchange("an updated ticket", "PATCH", "/v1/tickets/tkt_abc123", 200, COUNTED, TICKET),
                    new Exchange("a posted message", "POST", "/v1/tickets/tkt_abc123/messages", 201, COUNTED, MESSAGE),
                    new Exchange("an internal note", "POST", "/v1/tickets/tkt_abc123/messages", 201, COUNTED,
                            """
                            {"id": "msg_790", "role": "agent", "text": "Escalated.", "internal": true,
                             "createdAt": "2024-03-16T09:12:00Z"}"""),
                    new Exchange("400 naming a field", "POST", "/v1/tickets", 400, COUNTED,
                            """
                            {"error": {"code": "bad_request", "message": "is not a valid e-mail address",
                                       "field": "customer.email"}}"""),
                    new Exchange("400 on a list", "GET", "/v1/tickets?per_page=101", 400, COUNTED,
                            error("bad_request", "per_page must be at most 100")),
                    new Exchange("401", "GET", "/v1/tickets", 401, UNCOUNTED, error("unauthorized", "Missing or invalid API key.")),
                    new Exchange("403", "PATCH", "/v1/tickets/tkt_abc123", 403, COUNTED, error("forbidden", "Lacks tickets:write.")),
                    new Exchange("404", "GET", "/v1/tickets/tkt_nope", 404, COUNTED, error("not_found", "Ticket not found.")),
                    new Exchange("409", "POST", "/v1/tickets/tkt_abc123/messages", 409, COUNTED,
                            error("conflict", "Idempotency-Key reused with a different body.")),
                    new Exchange("413", "POST", "/v1/tickets", 413, UNCOUNTED, error("payload_too_large", "Too large.")),
                    new Exchange("429", "GET", "/v1/tickets", 429, THROTTLED, error("rate_limited", "Slow down.")),
                    new Exchange("500", "GET", "/v1/tickets/tkt_abc123", 500, UNCOUNTED, error("internal_error", "Oops.")),
                    new Exchange("503", "POST", "/v1/tickets", 503, UNAVAILABLE,
                            error("service_unavailable", "The service is temporarily unavailable. Retry later.")));
        }

        static Stream<Mismatch> mismatching() {
            return Stream.of(
                    new Mismatch("a count as a string", "schema.type",
                            new Exchange("GET", "/v1/tickets", 200, COUNTED,
                                    edit(LIST, list -> ((ObjectNode) list.get("meta")).put("total", "142")))),
                    new Mismatch("internal as a string", "schema.type",
                            new Exchange("POST", "/v1/tickets/tkt_abc123/messages", 201, COUNTED,
                                    edit(MESSAGE, m -> m.put("internal", "false")))),
                    new Mismatch("a null subject", "schema.type",
                            new Exchange("GET", "/v1/tickets/tkt_abc123", 200, COUNTED, edit(TICKET, t -> t.putNull("subject")))),
                    new Mismatch("no tags", "schema.required",
                            new Exchange("GET", "/v1/tickets/tkt_abc123", 200, COUNTED, edit(TICKET, t -> t.remove("tags")))),
                    new Mismatch("firstResponseAt left out instead of null", "schema.required",
                            new Exchange("GET", "/v1/tickets", 200, COUNTED,
                                    edit(LIST, list -> ((ObjectNode) list.get("data").get(0)).remove("firstResponseAt")))),
                    new Mismatch("a ticket without messages", "schema.required",
                            new Exchange("POST", "/v1/tickets", 201, COUNTED, edit(NEW_TICKET, t -> t.remove("messages")))),
                    new Mismatch("messages in a list item", "schema.additionalProperties",
                            new Exchange("GET", "/v1/tickets", 200, COUNTED,
                                    edit(LIST, list -> ((ObjectNode) list.get("data").get(0)).putArray("messages")))),
                    new Mismatch("an extra key on the customer", "schema.additionalProperties",
                            new Exchange("GET", "/v1/tickets/tkt_abc123", 200, COUNTED,
                                    edit(TICKET, t -> ((ObjectNode) t.get("customer")).put("phone", "+1 555 0100")))),
                    new Mismatch("an extra key in an error", "schema.additionalProperties",
                            new Exchange("GET", "/v1/tickets/tkt_abc123", 500, UNCOUNTED,
                                    edit(error("internal_error", "Oops."), e -> ((ObjectNode) e.get("error")).put("trace", "at ...")))),
                    new Mismatch("an id without its prefix", "schema.pattern",
                            new Exchange("GET", "/v1/tickets/tkt_abc123", 200, COUNTED, edit(TICKET, t -> t.put("id", "abc123")))),
                    new Mismatch("a timestamp with milliseconds", "schema.pattern",
                            new Exchange("GET", "/v1/tickets/tkt_abc123", 200, COUNTED,
                                    edit(TICKET, t -> t.put("createdAt", "2024-03-15T14:23:00.000Z")))),
                    new Mismatch("an unknown status", "schema.enum",
                            new Exchange("GET", "/v1/tickets/tkt_abc123", 200, COUNTED, edit(TICKET, t -> t.put("status", "closed")))),
                    new Mismatch("a 404 with another status's code", "schema.enum",
                            new Exchange("GET", "/v1/tickets/tkt_nope", 404, COUNTED, error("bad_request", "Ticket not found."))),
                    new Mismatch("an undocumented status", "status.unknown",
                            new Exchange("GET", "/v1/tickets", 201, COUNTED, LIST)),
                    new Mismatch("404 on the list, which has no id", "status.unknown",
                            new Exchange("GET", "/v1/tickets", 404, COUNTED, error("not_found", "No."))),
                    new Mismatch("an undocumented method", "operation.notAllowed",
                            new Exchange("DELETE", "/v1/tickets/tkt_abc123", 204, COUNTED_NO_CONTENT, null)),
                    new Mismatch("an undocumented path", "path.missing",
                            new Exchange("GET", "/v1/tickets/tkt_abc123/notes", 200, COUNTED, "[]")),
                    new Mismatch("no X-Request-Id", "header.missing",
                            new Exchange("GET", "/v1/tickets", 401, without(UNCOUNTED, "X-Request-Id"),
                                    error("unauthorized", "Missing or invalid API key."))),
                    new Mismatch("a 429 without Retry-After", "header.missing",
                            new Exchange("GET", "/v1/tickets", 429, without(THROTTLED, "Retry-After"), error("rate_limited", "Slow down."))),
                    new Mismatch("a 503 without Retry-After", "header.missing",
                            new Exchange("GET", "/v1/tickets", 503, without(UNAVAILABLE, "Retry-After"),
                                    error("service_unavailable", "Retry later."))),
                    new Mismatch("a 503 with the 500's code", "schema.enum",
                            new Exchange("GET", "/v1/tickets", 503, UNAVAILABLE, error("internal_error", "Retry later."))),
                    new Mismatch("a 200 without rate-limit headers", "header.missing",
                            new Exchange("GET", "/v1/tickets/tkt_abc123", 200, UNCOUNTED, TICKET)),
                    new Mismatch("a RateLimit header of an older draft", "header.schema.pattern",
                            new Exchange("GET", "/v1/tickets/tkt_abc123", 200,
                                    with(COUNTED, "RateLimit", "limit=300, remaining=299, reset=60"), TICKET)),
                    new Mismatch("a JSON body labelled as HTML", "contentType.notAllowed",
                            new Exchange("GET", "/v1/tickets/tkt_abc123", 200,
                                    with(COUNTED, "Content-Type", "text/html; charset=utf-8"), TICKET)),
                    new Mismatch("no body where one is documented", "body.missing",
                            new Exchange("GET", "/v1/tickets/tkt_abc123", 200, COUNTED, "")));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("matching")
        void documentedHelpdeskResponsesMatch(Exchange exchange) {
            exchange.assertMatches(helpdesk);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("mismatching")
        void otherHelpdeskResponsesFail(Mismatch mismatch) {
            mismatch.assertFails(helpdesk);
        }
    }

    @Nested
    class B2b {
        static final String USER = """
                {"id": 7, "organization_id": 1, "name": "Ada Admin", "email": "ada@example.com", "role": "admin",
                 "time_zone": "Europe/Berlin", "created_at": "2024-03-15T14:23:00.000000Z"}""";
        static final String PLAIN_TOKEN = "42|pQ8vX2mK7rT4wY9zB3nC6dF1gH5jL0sA8eR2uI4oe1a73a17";
        static final String SIGNED_IN = """
                {"data": {"token": "%s", "token_type": "Bearer", "abilities": ["*"], "expires_at": null, "user": %s}}"""
                .formatted(PLAIN_TOKEN, USER);
        static final String ME = """
                {"data": {"user": %s,
                          "organization": {"id": 1, "slug": "acme", "name": "Acme Language School"},
                          "token": {"id": 42, "name": "sign-in", "abilities": ["*"], "expires_at": null,
                                    "last_used_at": "2024-03-16T08:00:00.000000Z"}}}""".formatted(USER);
        static final String TOKEN = """
                {"id": 43, "name": "LMS sync", "abilities": ["courses:read", "progress:read"], "user_id": null,
                 "created_at": "2024-03-15T14:23:00.000000Z", "expires_at": "2030-01-01T00:00:00.000000Z",
                 "last_used_at": null}""";
        static final String TOKEN_PAGE = """
                {"data": [%s,
                          {"id": 42, "name": "sign-in", "abilities": ["*"], "user_id": 7,
                           "created_at": "2024-03-15T14:20:00.000000Z", "expires_at": null,
                           "last_used_at": "2024-03-16T08:00:00.000000Z"}],
                 "links": {"first": "http://localhost:7070/api/integrations/tokens?page=1",
                           "last": "http://localhost:7070/api/integrations/tokens?page=2",
                           "prev": null,
                           "next": "http://localhost:7070/api/integrations/tokens?page=2"},
                 "meta": {"current_page": 1, "from": 1, "last_page": 2,
                          "path": "http://localhost:7070/api/integrations/tokens", "per_page": 2, "to": 2, "total": 3}}"""
                .formatted(TOKEN);
        static final String EMPTY_TOKEN_PAGE = """
                {"data": [],
                 "links": {"first": "http://localhost:7070/api/integrations/tokens?page=1",
                           "last": "http://localhost:7070/api/integrations/tokens?page=1", "prev": null, "next": null},
                 "meta": {"current_page": 1, "from": null, "last_page": 1,
                          "path": "http://localhost:7070/api/integrations/tokens", "per_page": 15, "to": null, "total": 0}}""";
        static final String CREATED_TOKEN = """
                {"data": {"id": 43, "name": "LMS sync", "abilities": ["courses:read", "progress:read"], "user_id": 7,
                          "created_at": "2024-03-15T14:23:00.000000Z", "expires_at": null, "last_used_at": null,
                          "token": "43|aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa01234567"}}""";
        static final String INVALID = """
                {"message": "The name field is required. (and 1 more error)",
                 "errors": {"name": ["The name field is required."], "abilities": ["The abilities field is required."]}}""";

        static String message(String text) {
            return """
                    {"message": "%s"}""".formatted(text);
        }

        static Stream<Exchange> matching() {
            Map<String, String> signInThrottled = headers("Content-Type", "application/json",
                    "X-Request-Id", "01HV6Z3K8Q9X7M2N4P5R6S7T8V", "Retry-After", "60");
            return Stream.of(
                    new Exchange("signed in", "POST", "/api/auth/sign-in", 200, UNCOUNTED, SIGNED_IN),
                    new Exchange("sign-in with wrong credentials", "POST", "/api/auth/sign-in", 401, UNCOUNTED,
                            message("These credentials do not match our records.")),
                    new Exchange("sign-in without a password", "POST", "/api/auth/sign-in", 422, UNCOUNTED,
                            """
                            {"message": "The password field is required.",
                             "errors": {"password": ["The password field is required."]}}"""),
                    new Exchange("sign-in throttled", "POST", "/api/auth/sign-in", 429, signInThrottled,
                            message("Too many sign-in attempts. Please try again in 60 seconds.")),
                    new Exchange("me as a user", "GET", "/api/auth/me", 200, COUNTED, ME),
                    new Exchange("me as an integration token", "GET", "/api/auth/me", 200, COUNTED,
                            edit(ME, me -> ((ObjectNode) me.get("data")).putNull("user"))),
                    new Exchange("a changed time zone", "PATCH", "/api/auth/me", 200, COUNTED,
                            edit(ME, me -> ((ObjectNode) me.get("data").get("user")).put("time_zone", "America/Argentina/Buenos_Aires"))),
                    new Exchange("settings of an integration token", "PATCH", "/api/auth/me", 403, COUNTED,
                            message("This token belongs to no user, so there are no settings to change.")),
                    new Exchange("an offset for a time zone", "PATCH", "/api/auth/me", 422, COUNTED,
                            """
                            {"message": "time_zone must be an IANA time zone such as Europe/Berlin",
                             "errors": {"time_zone": ["time_zone must be an IANA time zone such as Europe/Berlin"]}}"""),
                    new Exchange("a page of tokens", "GET", "/api/integrations/tokens?per_page=2", 200, COUNTED, TOKEN_PAGE),
                    new Exchange("an empty page of tokens", "GET", "/api/integrations/tokens", 200, COUNTED, EMPTY_TOKEN_PAGE),
                    new Exchange("a created token", "POST", "/api/integrations/tokens", 201, COUNTED, CREATED_TOKEN),
                    new Exchange("a revoked token", "DELETE", "/api/integrations/tokens/43", 204, COUNTED_NO_CONTENT, null),
                    new Exchange("401", "GET", "/api/auth/me", 401, UNCOUNTED, message("Unauthenticated.")),
                    new Exchange("403", "GET", "/api/integrations/tokens", 403, COUNTED, message("This action is unauthorized.")),
                    new Exchange("404", "DELETE", "/api/integrations/tokens/999", 404, COUNTED, message("Not found.")),
                    new Exchange("409", "POST", "/api/integrations/tokens", 409, COUNTED, message("Idempotency-Key reused.")),
                    new Exchange("413", "POST", "/api/integrations/tokens", 413, UNCOUNTED, message("Too large.")),
                    new Exchange("422", "POST", "/api/integrations/tokens", 422, COUNTED, INVALID),
                    new Exchange("422 on a list", "GET", "/api/integrations/tokens?per_page=500", 422, COUNTED,
                            """
                            {"message": "The per page field must not be greater than 100.",
                             "errors": {"per_page": ["The per page field must not be greater than 100."]}}"""),
                    new Exchange("429", "GET", "/api/integrations/tokens", 429, THROTTLED, message("Too Many Attempts.")),
                    new Exchange("500", "GET", "/api/auth/me", 500, UNCOUNTED, message("Server Error")),
                    new Exchange("503", "POST", "/api/integrations/tokens", 503, UNAVAILABLE, message("Service Unavailable")));
        }

        static Stream<Mismatch> mismatching() {
            return Stream.of(
                    new Mismatch("an id as a string", "schema.type",
                            new Exchange("POST", "/api/integrations/tokens", 201, COUNTED,
                                    edit(CREATED_TOKEN, t -> ((ObjectNode) t.get("data")).put("id", "43")))),
                    new Mismatch("abilities as a string", "schema.type",
                            new Exchange("POST", "/api/auth/sign-in", 200, UNCOUNTED,
                                    edit(SIGNED_IN, s -> ((ObjectNode) s.get("data")).put("abilities", "*")))),
                    new Mismatch("a token without expires_at", "schema.required",
                            new Exchange("POST", "/api/integrations/tokens", 201, COUNTED,
                                    edit(CREATED_TOKEN, t -> ((ObjectNode) t.get("data")).remove("expires_at")))),
                    new Mismatch("a 422 without errors", "schema.required",
                            new Exchange("POST", "/api/integrations/tokens", 422, COUNTED, message("The given data was invalid."))),
                    new Mismatch("a listed token with its secret", "schema.additionalProperties",
                            new Exchange("GET", "/api/integrations/tokens", 200, COUNTED,
                                    edit(TOKEN_PAGE, p -> ((ObjectNode) p.get("data").get(0)).put("token", PLAIN_TOKEN)))),
                    new Mismatch("Laravel's meta.links", "schema.additionalProperties",
                            new Exchange("GET", "/api/integrations/tokens", 200, COUNTED,
                                    edit(TOKEN_PAGE, p -> ((ObjectNode) p.get("meta")).putArray("links")))),
                    new Mismatch("an exception in an error", "schema.additionalProperties",
                            new Exchange("GET", "/api/auth/me", 500, UNCOUNTED,
                                    edit(message("Server Error"), e -> e.put("exception", "NullPointerException")))),
                    new Mismatch("a user without a time zone", "schema.required",
                            new Exchange("GET", "/api/auth/me", 200, COUNTED,
                                    edit(ME, me -> ((ObjectNode) me.get("data").get("user")).remove("time_zone")))),
                    new Mismatch("an offset for a time zone", "schema.pattern",
                            new Exchange("PATCH", "/api/auth/me", 200, COUNTED,
                                    edit(ME, me -> ((ObjectNode) me.get("data").get("user")).put("time_zone", "+02:00")))),
                    new Mismatch("a timestamp without microseconds", "schema.pattern",
                            new Exchange("GET", "/api/auth/me", 200, COUNTED,
                                    edit(ME, me -> ((ObjectNode) me.get("data").get("user")).put("created_at", "2024-03-15T14:23:00Z")))),
                    new Mismatch("a malformed plain-text token", "schema.pattern",
                            new Exchange("POST", "/api/integrations/tokens", 201, COUNTED,
                                    edit(CREATED_TOKEN, t -> ((ObjectNode) t.get("data")).put("token", "43|short")))),
                    new Mismatch("another token type", "schema.enum",
                            new Exchange("POST", "/api/auth/sign-in", 200, UNCOUNTED,
                                    edit(SIGNED_IN, s -> ((ObjectNode) s.get("data")).put("token_type", "bearer")))),
                    new Mismatch("an unknown ability", "schema.enum",
                            new Exchange("GET", "/api/auth/me", 200, COUNTED,
                                    edit(ME, me -> ((ObjectNode) me.get("data").get("token")).putArray("abilities").add("root")))),
                    new Mismatch("a 200 on revocation", "status.unknown",
                            new Exchange("DELETE", "/api/integrations/tokens/43", 200, COUNTED, message("Revoked."))),
                    new Mismatch("a 403 on me, which needs no ability", "status.unknown",
                            new Exchange("GET", "/api/auth/me", 403, COUNTED, message("This action is unauthorized."))),
                    new Mismatch("a body on a 204", "body.unexpected",
                            new Exchange("DELETE", "/api/integrations/tokens/43", 204, COUNTED, "{}")),
                    new Mismatch("an undocumented method", "operation.notAllowed",
                            new Exchange("PUT", "/api/integrations/tokens/43", 200, COUNTED, TOKEN)),
                    new Mismatch("an undocumented path", "path.missing",
                            new Exchange("POST", "/api/auth/sign-out", 204, COUNTED_NO_CONTENT, null)),
                    new Mismatch("a 503 without Retry-After", "header.missing",
                            new Exchange("GET", "/api/auth/me", 503, without(UNAVAILABLE, "Retry-After"), message("Service Unavailable"))),
                    new Mismatch("a Retry-After that is not a number of seconds", "header.schema.type",
                            new Exchange("GET", "/api/auth/me", 503, with(UNAVAILABLE, "Retry-After", "soon"), message("Service Unavailable"))));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("matching")
        void documentedB2bResponsesMatch(Exchange exchange) {
            exchange.assertMatches(b2b);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("mismatching")
        void otherB2bResponsesFail(Mismatch mismatch) {
            mismatch.assertFails(b2b);
        }
    }

    @Nested
    class Learning {
        static final String COURSE = """
                {"id": 4815162342, "slug": "japanese-for-travel", "title": "Japanese for travel",
                 "description": "Greetings, directions and ordering food.", "language": "ja", "source_language": "pt-BR",
                 "cefr_level": "A1", "status": "published", "published_at": "2024-03-16T09:00:00.000000Z",
                 "created_at": "2024-03-15T14:23:00.000000Z", "updated_at": "2024-03-16T09:00:00.000000Z"}""";
        static final String DRAFT = edit(COURSE, c -> {
            c.put("status", "draft");
            c.putNull("published_at");
            c.putNull("description");
        });
        static final String DETAIL = """
                {"data": %s}""".formatted(edit(COURSE, c -> {
            c.put("item_count", 3);
            ArrayNode lessons = c.putArray("lessons");
            ObjectNode lesson = lessons.addObject().put("id", 11).put("title", "Greetings").put("position", 1);
            lesson.putArray("trainings").addObject().put("id", 21).put("title", "First words").put("kind", "practice")
                    .put("position", 1).put("item_count", 3);
            lessons.addObject().put("id", 12).put("title", "At the station").put("position", 2).putArray("trainings");
        }));
        static final String PUBLIC_COURSE = """
                {"data": {"id": 4815162342, "slug": "japanese-for-travel", "title": "Japanese for travel", "description": null,
                          "language": "ja", "source_language": "en", "cefr_level": "A1",
                          "published_at": "2024-03-16T09:00:00.000000Z",
                          "lessons": [{"id": 11, "title": "Greetings", "position": 1}]}}""";
        static final String LESSON = """
                {"id": 11, "course_id": 4815162342, "title": "Greetings", "position": 1,
                 "created_at": "2024-03-15T14:23:00.000000Z", "updated_at": "2024-03-15T14:23:00.000000Z"}""";
        static final String TRAINING = """
                {"id": 21, "lesson_id": 11, "title": "First words", "kind": "practice", "position": 1, "item_count": 0,
                 "created_at": "2024-03-15T14:23:00.000000Z", "updated_at": "2024-03-15T14:23:00.000000Z"}""";
        static final String ITEM = """
                {"id": 31, "training_id": 21, "type": "multiple_choice", "skill": "vocabulary", "cefr_level": "A1", "xp": 10,
                 "position": 1, "self_scored": false,
                 "content": {"prompt": "How do you say thank you?", "choices": ["arigatou", "sumimasen"]},
                 "solution": {"correct_index": 0},
                 "created_at": "2024-03-15T14:23:00.000000Z", "updated_at": "2024-03-15T14:23:00.000000Z"}""";
        static final String FLASHCARD = edit(ITEM, i -> {
            i.put("type", "flashcard");
            i.remove("solution");
            i.putObject("content").put("front", "駅").put("back", "station");
        });
        static final String MATCH = edit(ITEM, i -> {
            i.put("type", "match_pairs");
            ObjectNode content = i.putObject("content");
            content.putArray("left").add("dog").add("cat");
            content.putArray("right").add("猫").add("犬");
            ArrayNode pairs = i.putObject("solution").putArray("pairs");
            pairs.addArray().add(0).add(1);
            pairs.addArray().add(1).add(0);
        });
        static final String FREE_TEXT = edit(FLASHCARD, i -> {
            i.put("type", "free_text");
            i.put("self_scored", true);
            i.putObject("content").put("prompt", "Describe your town.");
        });

        static String page(String path, String... items) {
            return """
                    {"data": [%s],
                     "links": {"first": "%s?page=1", "last": "%s?page=1", "prev": null, "next": null},
                     "meta": {"current_page": 1, "from": 1, "last_page": 1, "path": "%s", "per_page": 15, "to": %d,
                              "total": %d}}""".formatted(String.join(", ", items), path, path, path, items.length, items.length);
        }

        static String data(String item) {
            return "{\"data\": " + item + "}";
        }

        static String invalid(String field) {
            return """
                    {"message": "%s is invalid", "errors": {"%s": ["%s is invalid"]}}""".formatted(field, field, field);
        }

        static Stream<Exchange> matching() {
            return Stream.of(
                    new Exchange("a page of courses", "GET", "/api/courses?status=draft&q=japan", 200, COUNTED,
                            page("/api/courses", COURSE, DRAFT)),
                    new Exchange("a course with its outline", "GET", "/api/courses/japanese-for-travel", 200, COUNTED, DETAIL),
                    new Exchange("a created course", "POST", "/api/courses", 201, COUNTED,
                            data(edit(DRAFT, c -> c.put("item_count", 0).putArray("lessons")))),
                    new Exchange("an updated course", "PATCH", "/api/courses/4815162342", 200, COUNTED, DETAIL),
                    new Exchange("a concurrent update", "PUT", "/api/courses/4815162342", 409, COUNTED, B2b.message("Changed.")),
                    new Exchange("a deleted course", "DELETE", "/api/courses/4815162342", 204, COUNTED_NO_CONTENT, null),
                    new Exchange("the public catalogue", "GET", "/api/public/courses?organization=acme", 200, COUNTED,
                            page("/api/public/courses", PUBLIC_COURSE.substring(9, PUBLIC_COURSE.length() - 1))),
                    new Exchange("a public course", "GET", "/api/public/courses/japanese-for-travel?organization=acme", 200, COUNTED,
                            PUBLIC_COURSE),
                    new Exchange("the catalogue without an organization", "GET", "/api/public/courses", 422, COUNTED,
                            invalid("organization")),
                    new Exchange("a draft in the catalogue", "GET", "/api/public/courses/business?organization=acme", 404, COUNTED,
                            B2b.message("Not found.")),
                    new Exchange("a page of lessons", "GET", "/api/lessons?course_id=4815162342", 200, COUNTED, page("/api/lessons", LESSON)),
                    new Exchange("a created lesson", "POST", "/api/lessons", 201, COUNTED, data(LESSON)),
                    new Exchange("a parent of another organization", "POST", "/api/lessons", 422, COUNTED, invalid("course_id")),
                    new Exchange("a training", "GET", "/api/trainings/21", 200, COUNTED, data(TRAINING)),
                    new Exchange("a moved training", "PATCH", "/api/trainings/21", 200, COUNTED, data(edit(TRAINING, t -> t.put("lesson_id", 12)))),
                    new Exchange("items as an author sees them", "GET", "/api/trainingItems?training_id=21", 200, COUNTED,
                            page("/api/trainingItems", ITEM, MATCH, FLASHCARD, FREE_TEXT)),
                    new Exchange("an item as a learner sees it", "GET", "/api/trainingItems/31", 200, COUNTED,
                            data(edit(ITEM, i -> i.remove("solution")))),
                    new Exchange("a created item", "POST", "/api/trainingItems", 201, COUNTED, data(MATCH)),
                    new Exchange("an invalid solution", "POST", "/api/trainingItems", 422, COUNTED, invalid("solution.correct_index")),
                    new Exchange("a reader changing content", "PATCH", "/api/trainingItems/31", 403, COUNTED,
                            B2b.message("This API key lacks the courses:write ability.")),
                    new Exchange("a deleted item", "DELETE", "/api/trainingItems/31", 204, COUNTED_NO_CONTENT, null));
        }

        static Stream<Mismatch> mismatching() {
            return Stream.of(
                    new Mismatch("an unknown status", "schema.enum",
                            new Exchange("GET", "/api/courses", 200, COUNTED, page("/api/courses", edit(COURSE, c -> c.put("status", "deleted"))))),
                    new Mismatch("an unknown level", "schema.enum",
                            new Exchange("GET", "/api/courses", 200, COUNTED, page("/api/courses", edit(COURSE, c -> c.put("cefr_level", "D1"))))),
                    new Mismatch("a language with an underscore", "schema.pattern",
                            new Exchange("GET", "/api/courses", 200, COUNTED, page("/api/courses", edit(COURSE, c -> c.put("language", "en_US"))))),
                    new Mismatch("a detail without its item count", "schema.required",
                            new Exchange("GET", "/api/courses/1", 200, COUNTED, edit(DETAIL, d -> ((ObjectNode) d.get("data")).remove("item_count")))),
                    new Mismatch("a public course that shows its status", "schema.additionalProperties",
                            new Exchange("GET", "/api/public/courses/x", 200, COUNTED,
                                    edit(PUBLIC_COURSE, p -> ((ObjectNode) p.get("data")).put("status", "published")))),
                    new Mismatch("a lesson at position 0", "schema.minimum",
                            new Exchange("GET", "/api/lessons/11", 200, COUNTED, data(edit(LESSON, l -> l.put("position", 0))))),
                    new Mismatch("a lesson id as a string", "schema.type",
                            new Exchange("GET", "/api/lessons/11", 200, COUNTED, data(edit(LESSON, l -> l.put("id", "11"))))),
                    new Mismatch("a flashcard with a solution", "schema.oneOf",
                            new Exchange("GET", "/api/trainingItems/31", 200, COUNTED,
                                    data(edit(FLASHCARD, i -> i.putObject("solution").put("correct_index", 0))))),
                    new Mismatch("multiple choice with a flashcard's content", "schema.oneOf",
                            new Exchange("GET", "/api/trainingItems/31", 200, COUNTED,
                                    data(edit(ITEM, i -> i.putObject("content").put("front", "a").put("back", "b"))))),
                    new Mismatch("a self-scored type not flagged", "schema.oneOf",
                            new Exchange("GET", "/api/trainingItems/31", 200, COUNTED, data(edit(FREE_TEXT, i -> i.put("self_scored", false))))),
                    new Mismatch("a single choice", "schema.oneOf",
                            new Exchange("GET", "/api/trainingItems/31", 200, COUNTED,
                                    data(edit(ITEM, i -> ((ObjectNode) i.get("content")).putArray("choices").add("only"))))),
                    new Mismatch("a 403 on the public catalogue", "status.unknown",
                            new Exchange("GET", "/api/public/courses", 403, COUNTED, B2b.message("This action is unauthorized."))),
                    new Mismatch("a 409 on a deletion", "status.unknown",
                            new Exchange("DELETE", "/api/courses/1", 409, COUNTED, B2b.message("Changed."))),
                    new Mismatch("a 201 on an update", "status.unknown",
                            new Exchange("PATCH", "/api/lessons/11", 201, COUNTED, data(LESSON))),
                    new Mismatch("items on a camel-case path's neighbour", "path.missing",
                            new Exchange("GET", "/api/training-items", 200, COUNTED, page("/api/training-items", ITEM))));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("matching")
        void documentedLearningResponsesMatch(Exchange exchange) {
            exchange.assertMatches(b2b);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("mismatching")
        void otherLearningResponsesFail(Mismatch mismatch) {
            mismatch.assertFails(b2b);
        }
    }

    @Nested
    class Progress {
        static final String WRONG = """
                {"data": {"correct": false, "score": 0, "xp_awarded": 0, "correct_answer": {"text": "Good morning"}}}""";
        static final String LESSONS = """
                {"data": [{"lesson_id": 11, "title": "Greetings", "completed_items": 3, "total_items": 4, "percent": 75,
                           "completed_at": null},
                          {"lesson_id": 12, "title": "Station", "completed_items": 2, "total_items": 2, "percent": 100,
                           "completed_at": "2024-03-16T09:00:00.000000Z"}]}""";

        static Stream<Exchange> matching() {
            return Stream.of(
                    new Exchange("a wrong translation", "POST", "/api/trainingItems/31/attempts", 201, COUNTED, WRONG),
                    new Exchange("a known flashcard", "POST", "/api/trainingItems/31/attempts", 201, COUNTED,
                            "{\"data\": {\"correct\": true, \"score\": 1, \"xp_awarded\": 5}}"),
                    new Exchange("an unknown flashcard", "POST", "/api/trainingItems/31/attempts", 201, COUNTED,
                            "{\"data\": {\"correct\": false, \"score\": 0, \"xp_awarded\": 0, \"correct_answer\": {\"known\": true}}}"),
                    new Exchange("an answer to a draft's item", "POST", "/api/trainingItems/31/attempts", 404, COUNTED,
                            B2b.message("training_item 31 not found")),
                    new Exchange("an attempt by an integration token", "POST", "/api/trainingItems/31/attempts", 403, COUNTED,
                            B2b.message("Attempts are recorded for a user, and this token belongs to no user.")),
                    new Exchange("lesson progress", "GET", "/api/courses/japanese/lesson-progress?user_id=7", 200, COUNTED, LESSONS),
                    new Exchange("a course without lessons", "GET", "/api/courses/4815162342/lesson-progress", 200, COUNTED,
                            "{\"data\": []}"),
                    new Exchange("another learner without stats:read", "GET", "/api/courses/1/lesson-progress?user_id=8", 403, COUNTED,
                            B2b.message("Another user's progress needs the stats:read ability.")));
        }

        static Stream<Mismatch> mismatching() {
            return Stream.of(
                    new Mismatch("an attempt without its XP", "schema.required",
                            new Exchange("POST", "/api/trainingItems/31/attempts", 201, COUNTED,
                                    edit(WRONG, a -> ((ObjectNode) a.get("data")).remove("xp_awarded")))),
                    new Mismatch("a score over 1", "schema.maximum",
                            new Exchange("POST", "/api/trainingItems/31/attempts", 201, COUNTED,
                                    edit(WRONG, a -> ((ObjectNode) a.get("data")).put("score", 1.5)))),
                    new Mismatch("a solution leaked into an attempt", "schema.additionalProperties",
                            new Exchange("POST", "/api/trainingItems/31/attempts", 201, COUNTED,
                                    edit(WRONG, a -> ((ObjectNode) a.get("data")).putObject("solution").put("correct_index", 1)))),
                    new Mismatch("a right answer in a shape no type has", "schema.oneOf",
                            new Exchange("POST", "/api/trainingItems/31/attempts", 201, COUNTED,
                                    edit(WRONG, a -> ((ObjectNode) a.get("data")).putObject("correct_answer").put("self_score", 1)))),
                    new Mismatch("an attempt answered with 200", "status.unknown",
                            new Exchange("POST", "/api/trainingItems/31/attempts", 200, COUNTED, WRONG)),
                    new Mismatch("a percent over 100", "schema.maximum",
                            new Exchange("GET", "/api/courses/1/lesson-progress", 200, COUNTED,
                                    edit(LESSONS, p -> ((ObjectNode) p.get("data").get(0)).put("percent", 101)))),
                    new Mismatch("lesson progress without completed_at", "schema.required",
                            new Exchange("GET", "/api/courses/1/lesson-progress", 200, COUNTED,
                                    edit(LESSONS, p -> ((ObjectNode) p.get("data").get(0)).remove("completed_at")))),
                    new Mismatch("lesson progress as a page", "schema.additionalProperties",
                            new Exchange("GET", "/api/courses/1/lesson-progress", 200, COUNTED,
                                    edit(LESSONS, p -> p.putObject("meta").put("total", 2)))));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("matching")
        void documentedProgressResponsesMatch(Exchange exchange) {
            exchange.assertMatches(b2b);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("mismatching")
        void otherProgressResponsesFail(Mismatch mismatch) {
            mismatch.assertFails(b2b);
        }
    }

    @Nested
    class Reports {
        static final String STATS = """
                {"data": {"user_id": 17, "time_zone": "Europe/Berlin", "total_xp": 120, "level": 2,
                          "level_progress": {"level_start_xp": 100, "next_level_xp": 300, "xp_to_next_level": 180, "percent": 10},
                          "current_streak": 2, "longest_streak": 9, "active_today": false,
                          "daily_goal": {"date": "2024-03-18", "target_xp": 50, "earned_xp": 0, "remaining_xp": 50, "met": false},
                          "achievements": [{"key": "first_lesson", "unlocked": true, "unlocked_at": "2024-03-11T08:00:00.000000Z"},
                                           {"key": "streak_7", "unlocked": false, "unlocked_at": null},
                                           {"key": "streak_30", "unlocked": false, "unlocked_at": null},
                                           {"key": "items_100", "unlocked": false, "unlocked_at": null},
                                           {"key": "perfect_lesson", "unlocked": true, "unlocked_at": "2024-03-11T08:00:00.000000Z"},
                                           {"key": "first_course", "unlocked": false, "unlocked_at": null}]}}""";
        static final String HISTORY = """
                {"data": [{"date": "2024-03-11", "xp": 45, "items_completed": 3, "minutes": 12},
                          {"date": "2024-03-18", "xp": 0, "items_completed": 0, "minutes": 0}],
                 "meta": {"user_id": 17, "from": "2024-03-12", "to": "2024-03-20", "granularity": "week", "time_zone": "UTC"}}""";
        static final String CEFR = """
                {"data": {"user_id": 17, "overall_level": null,
                          "skills": [{"skill": "reading", "level": "A2", "attempts": 5, "correct": 5, "accuracy": 1.0,
                                      "evidence": [{"level": "A2", "attempts": 5, "correct": 5, "accuracy": 1.0, "demonstrated": true}]},
                                     {"skill": "listening", "level": null, "attempts": 0, "correct": 0, "accuracy": 0, "evidence": []},
                                     {"skill": "speaking", "level": null, "attempts": 0, "correct": 0, "accuracy": 0, "evidence": []},
                                     {"skill": "writing", "level": null, "attempts": 0, "correct": 0, "accuracy": 0, "evidence": []},
                                     {"skill": "vocabulary", "level": null, "attempts": 0, "correct": 0, "accuracy": 0, "evidence": []},
                                     {"skill": "grammar", "level": null, "attempts": 0, "correct": 0, "accuracy": 0, "evidence": []}],
                          "method": {"min_attempts": 5, "min_accuracy": 0.7, "overall_quorum": 3}}}""";

        static Stream<Exchange> matching() {
            return Stream.of(
                    new Exchange("gamification stats", "GET", "/api/gamification/stats", 200, COUNTED, STATS),
                    new Exchange("weekly history", "GET", "/api/progress-history?granularity=week&from=2024-03-12&to=2024-03-20", 200,
                            COUNTED, HISTORY),
                    new Exchange("a history ending before it starts", "GET", "/api/progress-history?from=2024-03-12&to=2024-03-01", 422,
                            COUNTED, Learning.invalid("to")),
                    new Exchange("a CEFR report", "GET", "/api/cefr/report?user_id=17", 200, COUNTED, CEFR),
                    new Exchange("another organization's learner", "GET", "/api/cefr/report?user_id=99", 404, COUNTED,
                            B2b.message("user 99 not found")));
        }

        static Stream<Mismatch> mismatching() {
            return Stream.of(
                    new Mismatch("an achievement no one can unlock", "schema.enum",
                            new Exchange("GET", "/api/gamification/stats", 200, COUNTED,
                                    edit(STATS, s -> ((ObjectNode) s.get("data").get("achievements").get(0)).put("key", "night_owl")))),
                    new Mismatch("a level zero", "schema.minimum",
                            new Exchange("GET", "/api/gamification/stats", 200, COUNTED,
                                    edit(STATS, s -> ((ObjectNode) s.get("data")).put("level", 0)))),
                    new Mismatch("a bucket without minutes", "schema.required",
                            new Exchange("GET", "/api/progress-history", 200, COUNTED,
                                    edit(HISTORY, h -> ((ObjectNode) h.get("data").get(0)).remove("minutes")))),
                    new Mismatch("a month granularity", "schema.enum",
                            new Exchange("GET", "/api/progress-history", 200, COUNTED,
                                    edit(HISTORY, h -> ((ObjectNode) h.get("meta")).put("granularity", "month")))),
                    new Mismatch("a level beyond C2", "schema.enum",
                            new Exchange("GET", "/api/cefr/report", 200, COUNTED,
                                    edit(CEFR, c -> ((ObjectNode) c.get("data").get("skills").get(0)).put("level", "D1")))),
                    new Mismatch("an accuracy over 1", "schema.maximum",
                            new Exchange("GET", "/api/cefr/report", 200, COUNTED,
                                    edit(CEFR, c -> ((ObjectNode) c.get("data").get("skills").get(0)).put("accuracy", 1.2)))));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("matching")
        void documentedReportResponsesMatch(Exchange exchange) {
            exchange.assertMatches(b2b);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("mismatching")
        void otherReportResponsesFail(Mismatch mismatch) {
            mismatch.assertFails(b2b);
        }
    }

    @Nested
    class Insights {
        static final String INSIGHTS = """
                {"data": {"user_id": 17, "time_zone": "Europe/Berlin",
                          "strongest_skills": [{"skill": "reading", "attempts": 40, "correct": 36, "accuracy": 0.9},
                                               {"skill": "grammar", "attempts": 5, "correct": 4, "accuracy": 0.8}],
                          "weakest_skills": [{"skill": "listening", "attempts": 12, "correct": 5, "accuracy": 0.4167}],
                          "most_missed_items": [
                            {"training_item_id": 9, "training_id": 3, "lesson_id": 2, "course_id": 1, "type": "multiple_choice",
                             "skill": "listening", "prompt": "What did you hear?", "attempts": 4, "misses": 3, "completed": false},
                            {"training_item_id": 12, "training_id": 4, "lesson_id": 2, "course_id": 1, "type": "flashcard",
                             "skill": "vocabulary", "prompt": "ありがとう", "attempts": 2, "misses": 1, "completed": true}],
                          "recommended_next_lesson": {"lesson_id": 5, "course_id": 1, "course_title": "Japanese A1",
                                                      "title": "Greetings", "position": 2, "completed_items": 3, "total_items": 10,
                                                      "reason": "continue"},
                          "minutes_this_week": 42, "minutes_last_week": 30, "minutes_change_percent": 40}}""";
        static final String NEWCOMER = """
                {"data": {"user_id": 18, "time_zone": "UTC", "strongest_skills": [], "weakest_skills": [], "most_missed_items": [],
                          "recommended_next_lesson": null, "minutes_this_week": 0, "minutes_last_week": 0,
                          "minutes_change_percent": null}}""";

        static ObjectNode data(JsonNode insights) {
            return (ObjectNode) insights.get("data");
        }

        static Stream<Exchange> matching() {
            return Stream.of(
                    new Exchange("insights", "GET", "/api/learning-insights", 200, COUNTED, INSIGHTS),
                    new Exchange("another learner's insights", "GET", "/api/learning-insights?user_id=17", 200, COUNTED, INSIGHTS),
                    new Exchange("nothing to show or recommend", "GET", "/api/learning-insights", 200, COUNTED, NEWCOMER),
                    new Exchange("a matching-pairs item without a prompt", "GET", "/api/learning-insights", 200, COUNTED,
                            edit(INSIGHTS, i -> ((ObjectNode) data(i).get("most_missed_items").get(0)).putNull("prompt"))),
                    new Exchange("a course to start", "GET", "/api/learning-insights", 200, COUNTED,
                            edit(NEWCOMER, i -> data(i).putObject("recommended_next_lesson").put("lesson_id", 1).put("course_id", 1)
                                    .put("course_title", "Japanese A1").put("title", "Hello").put("position", 1)
                                    .put("completed_items", 0).put("total_items", 8).put("reason", "start"))),
                    new Exchange("another learner without stats:read", "GET", "/api/learning-insights?user_id=8", 403, COUNTED,
                            B2b.message("Another user's progress needs the stats:read ability.")),
                    new Exchange("a learner of another organization", "GET", "/api/learning-insights?user_id=8", 404, COUNTED,
                            B2b.message("user 8 not found")));
        }

        static Stream<Mismatch> mismatching() {
            return Stream.of(
                    new Mismatch("a skill with too little evidence", "schema.minimum",
                            new Exchange("GET", "/api/learning-insights", 200, COUNTED,
                                    edit(INSIGHTS, i -> ((ObjectNode) data(i).get("weakest_skills").get(0)).put("attempts", 4)))),
                    new Mismatch("a fourth strongest skill", "schema.maxItems",
                            new Exchange("GET", "/api/learning-insights", 200, COUNTED, edit(INSIGHTS, i -> {
                                ArrayNode strongest = (ArrayNode) data(i).get("strongest_skills");
                                strongest.add(strongest.get(0).deepCopy());
                                strongest.add(strongest.get(0).deepCopy());
                            }))),
                    new Mismatch("an accuracy over 1", "schema.maximum",
                            new Exchange("GET", "/api/learning-insights", 200, COUNTED,
                                    edit(INSIGHTS, i -> ((ObjectNode) data(i).get("strongest_skills").get(0)).put("accuracy", 1.2)))),
                    new Mismatch("a solution leaked into a missed item", "schema.additionalProperties",
                            new Exchange("GET", "/api/learning-insights", 200, COUNTED, edit(INSIGHTS, i ->
                                    ((ObjectNode) data(i).get("most_missed_items").get(0)).putObject("solution").put("correct_index", 1)))),
                    new Mismatch("a missed item without a miss", "schema.minimum",
                            new Exchange("GET", "/api/learning-insights", 200, COUNTED,
                                    edit(INSIGHTS, i -> ((ObjectNode) data(i).get("most_missed_items").get(0)).put("misses", 0)))),
                    new Mismatch("an unknown reason", "schema.enum",
                            new Exchange("GET", "/api/learning-insights", 200, COUNTED,
                                    edit(INSIGHTS, i -> ((ObjectNode) data(i).get("recommended_next_lesson")).put("reason", "review")))),
                    new Mismatch("a recommended lesson without items", "schema.minimum",
                            new Exchange("GET", "/api/learning-insights", 200, COUNTED,
                                    edit(INSIGHTS, i -> ((ObjectNode) data(i).get("recommended_next_lesson")).put("total_items", 0)))),
                    new Mismatch("a recommended lesson without its course", "schema.required",
                            new Exchange("GET", "/api/learning-insights", 200, COUNTED,
                                    edit(INSIGHTS, i -> ((ObjectNode) data(i).get("recommended_next_lesson")).remove("course_id")))),
                    new Mismatch("the change left out instead of null", "schema.required",
                            new Exchange("GET", "/api/learning-insights", 200, COUNTED,
                                    edit(NEWCOMER, i -> data(i).remove("minutes_change_percent")))),
                    new Mismatch("a fall of more than 100 percent", "schema.minimum",
                            new Exchange("GET", "/api/learning-insights", 200, COUNTED,
                                    edit(INSIGHTS, i -> data(i).put("minutes_change_percent", -101)))),
                    new Mismatch("minutes as a string", "schema.type",
                            new Exchange("GET", "/api/learning-insights", 200, COUNTED,
                                    edit(INSIGHTS, i -> data(i).put("minutes_this_week", "42")))),
                    new Mismatch("insights as a list", "schema.type",
                            new Exchange("GET", "/api/learning-insights", 200, COUNTED, "{\"data\": []}")),
                    new Mismatch("a path in the lesson routes' style", "path.missing",
                            new Exchange("GET", "/api/learningInsights", 200, COUNTED, INSIGHTS)));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("matching")
        void documentedInsightResponsesMatch(Exchange exchange) {
            exchange.assertMatches(b2b);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("mismatching")
        void otherInsightResponsesFail(Mismatch mismatch) {
            mismatch.assertFails(b2b);
        }
    }

    @Nested
    class LeaderboardAndStats {
        static final String BOARD = """
                {"data": [{"rank": 1, "display_name": "Sora", "xp": 120, "is_you": false},
                          {"rank": 1, "display_name": "Yuki", "xp": 120, "is_you": true},
                          {"rank": 3, "display_name": "Hana", "xp": 95, "is_you": false}],
                 "meta": {"period": "week", "from": "2026-11-16", "to": "2026-11-22", "time_zone": "Europe/Berlin", "limit": 3,
                          "you": {"rank": 1, "xp": 120}}}""";
        static final String ALL_TIME_WITHOUT_A_USER = """
                {"data": [], "meta": {"period": "all", "from": null, "to": null, "time_zone": "UTC", "limit": 10, "you": null}}""";
        static final String STATS = """
                {"data": {"learners": 120, "active_learners_7d": 40, "active_learners_30d": 80, "courses": 12, "published_courses": 9,
                          "lessons": 140, "enrollments": 300, "completions": {"trainings": 900, "lessons": 400, "courses": 25},
                          "attempts": 51234, "correct_attempts": 40000, "accuracy": 0.7807, "total_xp": 123456}}""";

        static String invalid(String field, String reason) {
            return """
                    {"message": "%s %s", "errors": {"%s": ["%s %s"]}}""".formatted(field, reason, field, field, reason);
        }

        static Stream<Exchange> matching() {
            return Stream.of(
                    new Exchange("a weekly leaderboard with ties", "GET", "/api/gamification/leaderboard?limit=3", 200, COUNTED, BOARD),
                    new Exchange("an empty all-time board for a token without a user", "GET", "/api/gamification/leaderboard?period=all",
                            200, COUNTED, ALL_TIME_WITHOUT_A_USER),
                    new Exchange("a caller without XP this month", "GET", "/api/gamification/leaderboard?period=month", 200, COUNTED,
                            edit(BOARD, b -> ((ObjectNode) b.get("meta")).put("period", "month").put("from", "2026-11-01")
                                    .put("to", "2026-11-30").putObject("you").putNull("rank").put("xp", 0))),
                    new Exchange("an unknown period", "GET", "/api/gamification/leaderboard?period=year", 422, COUNTED,
                            invalid("period", "must be one of week, month, all")),
                    new Exchange("a limit over 100", "GET", "/api/gamification/leaderboard?limit=101", 422, COUNTED,
                            invalid("limit", "must be between 1 and 100")),
                    new Exchange("a leaderboard without progress:read", "GET", "/api/gamification/leaderboard", 403, COUNTED,
                            B2b.message("This action is unauthorized.")),
                    new Exchange("a leaderboard without a token", "GET", "/api/gamification/leaderboard", 401, UNCOUNTED,
                            B2b.message("Unauthenticated.")),
                    new Exchange("the organization's numbers", "GET", "/api/stats", 200, COUNTED, STATS),
                    new Exchange("an organization with nothing yet", "GET", "/api/stats", 200, COUNTED, edit(STATS, s -> {
                        ObjectNode data = (ObjectNode) s.get("data");
                        for (String name : List.of("learners", "active_learners_7d", "active_learners_30d", "courses", "published_courses",
                                "lessons", "enrollments", "attempts", "correct_attempts", "accuracy", "total_xp")) {
                            data.put(name, 0);
                        }
                        data.putObject("completions").put("trainings", 0).put("lessons", 0).put("courses", 0);
                    })),
                    new Exchange("stats without stats:read", "GET", "/api/stats", 403, COUNTED, B2b.message("This action is unauthorized.")));
        }

        static Stream<Mismatch> mismatching() {
            return Stream.of(
                    new Mismatch("a row with another person's id", "schema.additionalProperties",
                            new Exchange("GET", "/api/gamification/leaderboard", 200, COUNTED,
                                    edit(BOARD, b -> ((ObjectNode) b.get("data").get(0)).put("user_id", 7)))),
                    new Mismatch("a row with an e-mail address", "schema.additionalProperties",
                            new Exchange("GET", "/api/gamification/leaderboard", 200, COUNTED,
                                    edit(BOARD, b -> ((ObjectNode) b.get("data").get(0)).put("email", "sora@example.com")))),
                    new Mismatch("a row without XP", "schema.minimum",
                            new Exchange("GET", "/api/gamification/leaderboard", 200, COUNTED,
                                    edit(BOARD, b -> ((ObjectNode) b.get("data").get(2)).put("xp", 0)))),
                    new Mismatch("a rank of 0", "schema.minimum",
                            new Exchange("GET", "/api/gamification/leaderboard", 200, COUNTED,
                                    edit(BOARD, b -> ((ObjectNode) b.get("data").get(0)).put("rank", 0)))),
                    new Mismatch("an unknown period", "schema.enum",
                            new Exchange("GET", "/api/gamification/leaderboard", 200, COUNTED,
                                    edit(BOARD, b -> ((ObjectNode) b.get("meta")).put("period", "year")))),
                    new Mismatch("a board without the caller's place", "schema.required",
                            new Exchange("GET", "/api/gamification/leaderboard", 200, COUNTED,
                                    edit(BOARD, b -> ((ObjectNode) b.get("meta")).remove("you")))),
                    new Mismatch("a board as a page", "schema.additionalProperties",
                            new Exchange("GET", "/api/gamification/leaderboard", 200, COUNTED,
                                    edit(BOARD, b -> b.putObject("links").putNull("next")))),
                    new Mismatch("an accuracy over 1", "schema.maximum",
                            new Exchange("GET", "/api/stats", 200, COUNTED, edit(STATS, s -> ((ObjectNode) s.get("data")).put("accuracy", 1.5)))),
                    new Mismatch("stats without completions", "schema.required",
                            new Exchange("GET", "/api/stats", 200, COUNTED, edit(STATS, s -> ((ObjectNode) s.get("data")).remove("completions")))),
                    new Mismatch("stats with camel-case keys", "schema.additionalProperties",
                            new Exchange("GET", "/api/stats", 200, COUNTED, edit(STATS, s -> ((ObjectNode) s.get("data")).put("totalXp", 1)))),
                    new Mismatch("stats refused with 422", "status.unknown",
                            new Exchange("GET", "/api/stats", 422, COUNTED, invalid("period", "is invalid"))));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("matching")
        void documentedLeaderboardAndStatsResponsesMatch(Exchange exchange) {
            exchange.assertMatches(b2b);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("mismatching")
        void otherLeaderboardAndStatsResponsesFail(Mismatch mismatch) {
            mismatch.assertFails(b2b);
        }
    }

    @Nested
    class Webhooks {
        static final String WEBHOOK = """
                {"id": 3141592653, "url": "https://crm.example.com/parley/webhooks", "events": ["ticket.created", "room.message.created"],
                 "description": "CRM sync", "active": true, "deactivated_reason": null, "secret_rotated_at": null,
                 "created_at": "2024-03-15T14:23:00.000000Z", "updated_at": "2024-03-15T14:23:00.000000Z"}""";
        static final String SHOWN = "{\"data\": " + WEBHOOK + "}";
        static final String CREATED = edit(SHOWN, w -> ((ObjectNode) w.get("data"))
                .put("secret", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSwC9XfTkUrDIg="));
        static final String PAGE = """
                {"data": [%s],
                 "links": {"first": "http://localhost:7070/api/integrations/webhooks?page=1",
                           "last": "http://localhost:7070/api/integrations/webhooks?page=1", "prev": null, "next": null},
                 "meta": {"current_page": 1, "from": 1, "last_page": 1,
                          "path": "http://localhost:7070/api/integrations/webhooks", "per_page": 15, "to": 1, "total": 1}}"""
                .formatted(WEBHOOK);

        static final String DELIVERY = "0b7c9a52-6f0e-4d1a-9a43-5f3f2c1e8d27";
        static final String ATTEMPT = """
                {"delivery_id": "%s", "message_id": "msg_0b7c9a526f0e4d1a9a435f3f2c1e8d27", "event_type": "ticket.created",
                 "attempt_number": 1, "started_at": "2024-03-15T14:23:00.654321Z", "status_code": 503, "error_class": null,
                 "latency_ms": 112, "response_excerpt": "down for maintenance", "test": false, "delivery_status": "pending"}"""
                .formatted(DELIVERY);
        static final String ATTEMPTS = """
                {"data": [%s],
                 "links": {"first": "http://localhost:7070/api/integrations/webhooks/3141592653/deliveries?page=1",
                           "last": "http://localhost:7070/api/integrations/webhooks/3141592653/deliveries?page=1", "prev": null, "next": null},
                 "meta": {"current_page": 1, "from": 1, "last_page": 1,
                          "path": "http://localhost:7070/api/integrations/webhooks/3141592653/deliveries", "per_page": 15, "to": 1,
                          "total": 1}}""".formatted(ATTEMPT);
        static final String PING = """
                {"data": {"delivery_id": "%s", "message_id": "msg_0b7c9a526f0e4d1a9a435f3f2c1e8d27", "success": true,
                          "status_code": 200, "error_class": null, "latency_ms": 42}}""".formatted(DELIVERY);
        static final String REDELIVERY = """
                {"data": {"delivery_id": "%s", "message_id": "msg_0b7c9a526f0e4d1a9a435f3f2c1e8d27", "delivery_status": "pending"}}"""
                .formatted(DELIVERY);
        static final String DELIVERIES = "/api/integrations/webhooks/3141592653/deliveries";
        static final String TEST = "/api/integrations/webhooks/3141592653/test";
        static final String REDELIVER = DELIVERIES + "/" + DELIVERY + "/redeliver";

        static ObjectNode data(ObjectNode response) {
            return (ObjectNode) response.get("data");
        }

        static ObjectNode firstAttempt(ObjectNode page) {
            return (ObjectNode) page.get("data").get(0);
        }

        static String invalid(String field, String reason) {
            return """
                    {"message": "%s %s", "errors": {"%s": ["%s %s"]}}""".formatted(field, reason, field, field, reason);
        }

        static Stream<Exchange> matching() {
            return Stream.of(
                    new Exchange("a page of webhooks", "GET", "/api/integrations/webhooks", 200, COUNTED, PAGE),
                    new Exchange("a webhook just created, with its secret", "POST", "/api/integrations/webhooks", 201, COUNTED, CREATED),
                    new Exchange("a webhook for every event, without a description", "POST", "/api/integrations/webhooks", 201, COUNTED,
                            edit(CREATED, w -> data(w).put("description", (String) null).putArray("events").add("*"))),
                    new Exchange("a webhook the receiver's 410 switched off", "GET", "/api/integrations/webhooks/3141592653", 200, COUNTED,
                            edit(SHOWN, w -> data(w).put("active", false).put("deactivated_reason", "gone"))),
                    new Exchange("a webhook replaced", "PUT", "/api/integrations/webhooks/3141592653", 200, COUNTED, SHOWN),
                    new Exchange("a webhook paused", "PATCH", "/api/integrations/webhooks/3141592653", 200, COUNTED,
                            edit(SHOWN, w -> data(w).put("active", false))),
                    new Exchange("a webhook deleted", "DELETE", "/api/integrations/webhooks/3141592653", 204, COUNTED_NO_CONTENT, ""),
                    new Exchange("a rotated secret", "POST", "/api/integrations/webhooks/3141592653/secret:rotate", 200, COUNTED,
                            edit(CREATED, w -> data(w).put("secret_rotated_at", "2024-04-01T09:00:00.000000Z"))),
                    new Exchange("the twenty-first webhook", "POST", "/api/integrations/webhooks", 409, COUNTED,
                            B2b.message("An organization can have at most 20 webhooks; delete one before adding another.")),
                    new Exchange("an unknown event type", "POST", "/api/integrations/webhooks", 422, COUNTED,
                            invalid("events", "contains unknown event types: ticket.deleted")),
                    new Exchange("another organization's webhook", "PATCH", "/api/integrations/webhooks/3141592653", 404, COUNTED,
                            B2b.message("webhook 3141592653 not found")),
                    new Exchange("a rotation without webhooks:manage", "POST", "/api/integrations/webhooks/1/secret:rotate", 403, COUNTED,
                            B2b.message("This action is unauthorized.")),
                    new Exchange("webhooks without a token", "GET", "/api/integrations/webhooks", 401, UNCOUNTED,
                            B2b.message("Unauthenticated.")),
                    new Exchange("a page of delivery attempts", "GET", DELIVERIES, 200, COUNTED, ATTEMPTS),
                    new Exchange("an attempt without an answer, and a ping", "GET", DELIVERIES + "?per_page=100", 200, COUNTED,
                            edit(ATTEMPTS, p -> firstAttempt(p).put("event_type", "webhook.ping").put("test", true)
                                    .put("status_code", (Integer) null).put("error_class", "connection_refused").put("response_excerpt", "")
                                    .put("delivery_status", "failed"))),
                    new Exchange("an answer too large to read, with its status", "GET", DELIVERIES, 200, COUNTED,
                            edit(ATTEMPTS, p -> firstAttempt(p).put("status_code", 200).put("error_class", "too_large")
                                    .put("response_excerpt", "x".repeat(4096)).put("attempt_number", 4).put("delivery_status", "failed"))),
                    new Exchange("an empty deliveries log", "GET", DELIVERIES, 200, COUNTED, edit(ATTEMPTS, p -> {
                        p.putArray("data");
                        ((ObjectNode) p.get("meta")).putNull("from").putNull("to").put("total", 0);
                    })),
                    new Exchange("a ping answered 200", "POST", TEST, 200, COUNTED, PING),
                    new Exchange("a ping to a closed port", "POST", TEST, 200, COUNTED, edit(PING, p -> data(p).put("success", false)
                            .put("status_code", (Integer) null).put("error_class", "connection_refused"))),
                    new Exchange("the sixth ping within a minute", "POST", TEST, 429, THROTTLED,
                            B2b.message("Too many test pings for webhook 3141592653: at most 5 a minute. Retry in 12 seconds.")),
                    new Exchange("a delivery queued again", "POST", REDELIVER, 202, COUNTED, REDELIVERY),
                    new Exchange("a redelivery while pending", "POST", REDELIVER, 409, COUNTED,
                            B2b.message("Delivery " + DELIVERY + " has not finished yet; it will be attempted again")),
                    new Exchange("another organization's delivery", "POST", REDELIVER, 404, COUNTED,
                            B2b.message("webhook_delivery " + DELIVERY + " not found")),
                    new Exchange("the log of another organization's webhook", "GET", DELIVERIES, 404, COUNTED,
                            B2b.message("webhook 3141592653 not found")));
        }

        static Stream<Mismatch> mismatching() {
            return Stream.of(
                    new Mismatch("a secret in a listed webhook", "schema.additionalProperties",
                            new Exchange("GET", "/api/integrations/webhooks", 200, COUNTED,
                                    edit(PAGE, p -> ((ObjectNode) p.get("data").get(0)).put("secret", "whsec_x")))),
                    new Mismatch("a secret in a shown webhook", "schema.additionalProperties",
                            new Exchange("GET", "/api/integrations/webhooks/1", 200, COUNTED, edit(SHOWN, w -> data(w).put("secret",
                                    "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSwC9XfTkUrDIg=")))),
                    new Mismatch("a created webhook without its secret", "schema.required",
                            new Exchange("POST", "/api/integrations/webhooks", 201, COUNTED, SHOWN)),
                    new Mismatch("a secret of another shape", "schema.pattern",
                            new Exchange("POST", "/api/integrations/webhooks/1/secret:rotate", 200, COUNTED,
                                    edit(CREATED, w -> data(w).put("secret", "s3cr3t")))),
                    new Mismatch("no events", "schema.minItems",
                            new Exchange("GET", "/api/integrations/webhooks/1", 200, COUNTED, edit(SHOWN, w -> data(w).putArray("events")))),
                    new Mismatch("an event type outside the catalog", "schema.enum",
                            new Exchange("GET", "/api/integrations/webhooks/1", 200, COUNTED,
                                    edit(SHOWN, w -> data(w).putArray("events").add("ticket.deleted")))),
                    new Mismatch("an unknown deactivation reason", "schema.enum",
                            new Exchange("GET", "/api/integrations/webhooks/1", 200, COUNTED,
                                    edit(SHOWN, w -> data(w).put("active", false).put("deactivated_reason", "failing")))),
                    new Mismatch("a webhook without secret_rotated_at", "schema.required",
                            new Exchange("PATCH", "/api/integrations/webhooks/1", 200, COUNTED, edit(SHOWN, w -> data(w).remove("secret_rotated_at")))),
                    new Mismatch("a time without microseconds", "schema.pattern",
                            new Exchange("PUT", "/api/integrations/webhooks/1", 200, COUNTED,
                                    edit(SHOWN, w -> data(w).put("created_at", "2024-03-15T14:23:00Z")))),
                    new Mismatch("a webhook created with 200", "status.unknown",
                            new Exchange("POST", "/api/integrations/webhooks", 200, COUNTED, CREATED)),
                    new Mismatch("a deletion with a body", "status.unknown",
                            new Exchange("DELETE", "/api/integrations/webhooks/1", 200, COUNTED, SHOWN)),
                    new Mismatch("our signature in the deliveries log", "schema.additionalProperties",
                            new Exchange("GET", DELIVERIES, 200, COUNTED,
                                    edit(ATTEMPTS, p -> firstAttempt(p).put("signature", "v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=")))),
                    new Mismatch("an attempt without its delivery's status", "schema.required",
                            new Exchange("GET", DELIVERIES, 200, COUNTED, edit(ATTEMPTS, p -> firstAttempt(p).remove("delivery_status")))),
                    new Mismatch("an error class outside the list", "schema.enum",
                            new Exchange("GET", DELIVERIES, 200, COUNTED, edit(ATTEMPTS, p -> firstAttempt(p).put("error_class", "dns")))),
                    new Mismatch("a message id without msg_", "schema.pattern",
                            new Exchange("GET", DELIVERIES, 200, COUNTED,
                                    edit(ATTEMPTS, p -> firstAttempt(p).put("message_id", "0b7c9a526f0e4d1a9a435f3f2c1e8d27")))),
                    new Mismatch("a delivery id that is not a UUID", "schema.pattern",
                            new Exchange("GET", DELIVERIES, 200, COUNTED, edit(ATTEMPTS, p -> firstAttempt(p).put("delivery_id", "42")))),
                    new Mismatch("an attempt numbered 0", "schema.minimum",
                            new Exchange("GET", DELIVERIES, 200, COUNTED, edit(ATTEMPTS, p -> firstAttempt(p).put("attempt_number", 0)))),
                    new Mismatch("an excerpt over 4 KiB", "schema.maxLength",
                            new Exchange("GET", DELIVERIES, 200, COUNTED,
                                    edit(ATTEMPTS, p -> firstAttempt(p).put("response_excerpt", "x".repeat(4097))))),
                    new Mismatch("the receiver's body in a ping answer", "schema.additionalProperties",
                            new Exchange("POST", TEST, 200, COUNTED, edit(PING, p -> data(p).put("response_body", "<html>internal</html>")))),
                    new Mismatch("a ping answer without latency", "schema.required",
                            new Exchange("POST", TEST, 200, COUNTED, edit(PING, p -> data(p).remove("latency_ms")))),
                    new Mismatch("a throttled ping without Retry-After", "header.missing",
                            new Exchange("POST", TEST, 429, without(THROTTLED, "Retry-After"),
                                    B2b.message("Too many test pings for webhook 3141592653: at most 5 a minute. Retry in 12 seconds."))),
                    new Mismatch("a redelivery answered 200", "status.unknown",
                            new Exchange("POST", REDELIVER, 200, COUNTED, REDELIVERY)),
                    new Mismatch("a redelivery that is not pending", "schema.enum",
                            new Exchange("POST", REDELIVER, 202, COUNTED, edit(REDELIVERY, r -> data(r).put("delivery_status", "succeeded")))));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("matching")
        void documentedWebhookResponsesMatch(Exchange exchange) {
            exchange.assertMatches(b2b);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("mismatching")
        void otherWebhookResponsesFail(Mismatch mismatch) {
            mismatch.assertFails(b2b);
        }
    }

    @Nested
    class Exports {
        static final String QUEUED = """
                {"data": {"id": 4815162342, "type": "tickets", "status": "queued",
                          "filters": {"from": "2024-03-01", "to": null, "course_id": null},
                          "row_count": null, "size_bytes": null, "sha256": null, "failure_reason": null, "download_url": null,
                          "created_at": "2024-03-15T14:23:00.123456Z", "started_at": null, "completed_at": null, "expires_at": null}}""";
        static final String SUCCEEDED = edit(QUEUED, e -> ((ObjectNode) e.get("data")).put("status", "succeeded")
                .put("row_count", 2).put("size_bytes", 181).put("sha256", "ab".repeat(32))
                .put("download_url", "/api/integrations/exports/4815162342/download")
                .put("started_at", "2024-03-15T14:23:01.000000Z").put("completed_at", "2024-03-15T14:23:02.000000Z")
                .put("expires_at", "2024-03-22T14:23:02.000000Z"));
        static final Map<String, String> CSV = with(COUNTED, "Content-Type", "text/csv; charset=utf-8");

        static String data(String envelope) {
            try {
                return JSON.readTree(envelope).get("data").toString();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static Stream<Exchange> matching() {
            return Stream.of(
                    new Exchange("a queued export", "POST", "/api/integrations/exports", 202, COUNTED, QUEUED),
                    new Exchange("a succeeded export", "GET", "/api/integrations/exports/4815162342", 200, COUNTED, SUCCEEDED),
                    new Exchange("a failed export", "GET", "/api/integrations/exports/4815162342", 200, COUNTED,
                            edit(QUEUED, e -> ((ObjectNode) e.get("data")).put("status", "failed")
                                    .put("failure_reason", "The export could not be generated; request a new one."))),
                    new Exchange("a page of exports", "GET", "/api/integrations/exports?page=1", 200, COUNTED,
                            "{\"data\": [" + data(SUCCEEDED) + "], \"links\": {\"first\": \"/api/integrations/exports?page=1\","
                                    + " \"last\": \"/api/integrations/exports?page=1\", \"prev\": null, \"next\": null},"
                                    + " \"meta\": {\"current_page\": 1, \"from\": 1, \"last_page\": 1, \"path\": \"/api/integrations/exports\","
                                    + " \"per_page\": 15, \"to\": 1, \"total\": 1}}"),
                    new Exchange("a CSV download", "GET", "/api/integrations/exports/4815162342/download", 200, CSV,
                            "id,subject\r\ntkt_1,'=1+1\r\n"),
                    new Exchange("a download before success", "GET", "/api/integrations/exports/4815162342/download", 409, COUNTED,
                            B2b.message("Export 4815162342 is running; it can be downloaded once it has succeeded.")),
                    new Exchange("a download after expiry", "GET", "/api/integrations/exports/4815162342/download", 410, COUNTED,
                            B2b.message("Export 4815162342 has expired; request a new one.")),
                    new Exchange("another organization's export", "GET", "/api/integrations/exports/4815162342", 404, COUNTED,
                            B2b.message("export 4815162342 not found")));
        }

        static Stream<Mismatch> mismatching() {
            return Stream.of(
                    new Mismatch("an export without its status", "schema.required",
                            new Exchange("GET", "/api/integrations/exports/1", 200, COUNTED,
                                    edit(SUCCEEDED, e -> ((ObjectNode) e.get("data")).remove("status")))),
                    new Mismatch("a status no job has", "schema.enum",
                            new Exchange("GET", "/api/integrations/exports/1", 200, COUNTED,
                                    edit(SUCCEEDED, e -> ((ObjectNode) e.get("data")).put("status", "done")))),
                    new Mismatch("a checksum that is not hex", "schema.pattern",
                            new Exchange("GET", "/api/integrations/exports/1", 200, COUNTED,
                                    edit(SUCCEEDED, e -> ((ObjectNode) e.get("data")).put("sha256", "not-a-digest")))),
                    new Mismatch("the file's path leaked into a job", "schema.additionalProperties",
                            new Exchange("GET", "/api/integrations/exports/1", 200, COUNTED,
                                    edit(SUCCEEDED, e -> ((ObjectNode) e.get("data")).put("path", "/data/exports/1.csv")))),
                    new Mismatch("a create answered with 201", "status.unknown",
                            new Exchange("POST", "/api/integrations/exports", 201, COUNTED, QUEUED)),
                    new Mismatch("a download served as JSON", "contentType.notAllowed",
                            new Exchange("GET", "/api/integrations/exports/1/download", 200, COUNTED, SUCCEEDED)));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("matching")
        void documentedExportResponsesMatch(Exchange exchange) {
            exchange.assertMatches(b2b);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("mismatching")
        void otherExportResponsesFail(Mismatch mismatch) {
            mismatch.assertFails(b2b);
        }
    }

    @Nested
    class Livechat {
        static final String ROOM_ID = "d88c41e1-eefb-4251-85d6-5bfd85c755c4";
        static final String POLL_ID = "4a366ca5-37c3-4464-9cd7-fba2149a82f0";
        static final String MESSAGE_ID = "0b6e2f4e-7c1d-4a8e-9f3b-2d5c6a7e8f90";
        static final String ROOM_PATH = "/v1/rooms/" + ROOM_ID;
        static final String POLL_PATH = ROOM_PATH + "/polls/" + POLL_ID;
        static final String ROOM = """
                {"id": "%s", "name": "sample-room", "status": "open", "max_clients": 1000, "disable_username": false,
                 "embeddable_domains": ["example.com", "*.example.net"], "show_clients_count": true,
                 "custom_styles": ".message.moderator { color: red; }", "profanities": ["spam"],
                 "profanities_method": "reject", "blacklist_ipv4": ["192.0.2.1", "198.51.100.0/24"],
                 "cooldown_seconds": 3, "allow_client_deletes": true, "allow_repeated_posts": true,
                 "allow_post_links": true, "signing_key": "DqtSOLRu1ZzpUeqmr6VTesspHJ0hMGxJ",
                 "statistics": [{"timestamp": "2020-10-21 10:40:00", "clients_count": 517, "messages_count": 56},
                                {"timestamp": "2020-10-21 10:41:00", "clients_count": 523, "messages_count": 0}],
                 "realtime_data": {"clients_count": 523, "total_messages": 187},
                 "created_at": "2020-10-21 10:41:17", "updated_at": "2020-10-21 10:41:17"}""".formatted(ROOM_ID);
        static final String NEW_ROOM = """
                {"id": "5f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0", "name": "just-registered", "status": "open",
                 "max_clients": 1, "disable_username": false, "embeddable_domains": ["*"], "show_clients_count": false,
                 "custom_styles": "", "profanities": [], "profanities_method": "replace", "blacklist_ipv4": [],
                 "cooldown_seconds": 0, "allow_client_deletes": false, "allow_repeated_posts": false,
                 "allow_post_links": false, "signing_key": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa01", "statistics": null,
                 "realtime_data": {"clients_count": 0, "total_messages": 0},
                 "created_at": "2020-10-22 00:00:00", "updated_at": "2020-10-22 00:00:00"}""";
        static final String ROOMS = """
                {"data": [%s, %s]}""".formatted(edit(ROOM, r -> r.putNull("statistics")), NEW_ROOM);
        static final String CREATED = """
                {"id": "%s"}""".formatted(ROOM_ID);
        static final String MESSAGES = """
                {"data": [{"id": "%s", "userid": "viewer-8431", "username": "Hanako", "message": "こんにちは!",
                           "moderator": false, "visibility": "all", "timestamp": "2020-10-21 10:42:05"},
                          {"id": "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b", "userid": "viewer-77", "username": null,
                           "message": "buy cheap followers at example.com", "moderator": false,
                           "visibility": "sender_only", "timestamp": "2020-10-21 10:41:30"}],
                 "current_page": 1, "per_page": 25, "total": 187}""".formatted(MESSAGE_ID);
        static final String POLL = """
                {"id": "%s", "room_id": "%s", "query": "今日の天気は?", "time_to_answer": 30, "publish_result": true,
                 "time_for_result": 15, "display_format": "percent", "show_correctness": false,
                 "options": [{"id": "7f0c5a3e-1b2d-4c6e-8a9f-0e1d2c3b4a59", "text": "晴れ", "is_correct": true, "votes": 312},
                             {"id": "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d", "text": "雨", "is_correct": false, "votes": 88}],
                 "created_at": "2020-10-21 10:41:17", "updated_at": "2020-10-21 10:45:02",
                 "opened_at": "2020-10-21 10:44:32", "closed_at": "2020-10-21 10:45:02"}""".formatted(POLL_ID, ROOM_ID);
        static final String DRAFT_POLL = edit(POLL, p -> {
            p.putNull("time_to_answer");
            p.put("display_format", "number_percent");
            p.putNull("opened_at");
            p.putNull("closed_at");
        });
        static final String POLLS = """
                {"data": [%s, %s]}""".formatted(POLL, DRAFT_POLL);
        static final String COOLDOWN = """
                {"code": "MESSAGE_REJECTED", "message": "Please wait 2 seconds before posting again.",
                 "reason": "cooldown", "seconds_left": 2}""";

        static String error(String code, String message) {
            return """
                    {"code": "%s", "message": "%s"}""".formatted(code, message);
        }

        static String rejected(String reason) {
            return """
                    {"code": "MESSAGE_REJECTED", "message": "Refused.", "reason": "%s"}""".formatted(reason);
        }

        static Stream<Exchange> matching() {
            return Stream.of(
                    new Exchange("rooms", "GET", "/v1/rooms", 200, COUNTED, ROOMS),
                    new Exchange("rooms with statistics", "GET", "/v1/rooms?statistics=60:2", 200, COUNTED,
                            """
                            {"data": [%s]}""".formatted(ROOM)),
                    new Exchange("no rooms", "GET", "/v1/rooms", 200, COUNTED, "{\"data\": []}"),
                    new Exchange("a registered room", "POST", "/v1/rooms", 200, COUNTED, CREATED),
                    new Exchange("a room", "GET", ROOM_PATH + "?statistics=60:2", 200, COUNTED, ROOM),
                    new Exchange("a room without statistics", "GET", ROOM_PATH, 200, COUNTED, NEW_ROOM),
                    new Exchange("a room with no statistics buckets", "GET", ROOM_PATH, 200, COUNTED,
                            edit(ROOM, r -> r.putArray("statistics"))),
                    new Exchange("an updated room", "PUT", ROOM_PATH, 204, COUNTED_NO_CONTENT, null),
                    new Exchange("a patched room", "PATCH", ROOM_PATH, 204, COUNTED_NO_CONTENT, null),
                    new Exchange("a deleted room", "DELETE", ROOM_PATH, 204, COUNTED_NO_CONTENT, null),
                    new Exchange("a rotated signing key", "POST", ROOM_PATH + "/signing-key:rotate", 200, COUNTED,
                            "{\"signing_key\": \"Zk3pQ9vX2mK7rT4wY8zB1nC6dF0gH5jL\"}"),
                    new Exchange("a page of messages", "GET", ROOM_PATH + "/messages?page=1&per_page=25&sort=timestamp|desc",
                            200, COUNTED, MESSAGES),
                    new Exchange("an empty page of messages", "GET", ROOM_PATH + "/messages?page=9", 200, COUNTED,
                            """
                            {"data": [], "current_page": 9, "per_page": 100, "total": 0}"""),
                    new Exchange("a posted message", "POST", ROOM_PATH + "/messages", 200, COUNTED,
                            "{\"id\": \"%s\"}".formatted(MESSAGE_ID)),
                    new Exchange("a cleared history", "DELETE", ROOM_PATH + "/messages", 204, COUNTED_NO_CONTENT, null),
                    new Exchange("a deleted message", "DELETE", ROOM_PATH + "/messages/" + MESSAGE_ID, 204,
                            COUNTED_NO_CONTENT, null),
                    new Exchange("live figures", "GET", ROOM_PATH + "/realtime-data", 200, COUNTED,
                            "{\"clients_count\": 0, \"total_messages\": 187}"),
                    new Exchange("polls", "GET", ROOM_PATH + "/polls", 200, COUNTED, POLLS),
                    new Exchange("a created poll", "POST", ROOM_PATH + "/polls", 200, COUNTED,
                            "{\"id\": \"%s\"}".formatted(POLL_ID)),
                    new Exchange("a closed poll", "GET", POLL_PATH, 200, COUNTED, POLL),
                    new Exchange("a poll never opened", "GET", POLL_PATH, 200, COUNTED, DRAFT_POLL),
                    new Exchange("an updated poll", "PUT", POLL_PATH, 204, COUNTED_NO_CONTENT, null),
                    new Exchange("a patched poll", "PATCH", POLL_PATH, 204, COUNTED_NO_CONTENT, null),
                    new Exchange("a deleted poll", "DELETE", POLL_PATH, 204, COUNTED_NO_CONTENT, null),
                    new Exchange("a vote", "POST", POLL_PATH + "/votes", 204, COUNTED_NO_CONTENT, null),
                    new Exchange("400 on a query", "GET", "/v1/rooms?statistics=7:3", 400, COUNTED,
                            error("INVALID_REQUEST", "statistics granularity must be 1, 5, 10, 30 or a multiple of 60 seconds")),
                    new Exchange("400 without a message", "PATCH", ROOM_PATH, 400, COUNTED,
                            "{\"code\": \"INVALID_REQUEST\", \"message\": null}"),
                    new Exchange("400 on a post", "POST", ROOM_PATH + "/messages", 400, COUNTED,
                            error("INVALID_REQUEST", "message must not be empty")),
                    new Exchange("a message refused in a closed room", "POST", ROOM_PATH + "/messages", 400, COUNTED,
                            rejected("room_closed")),
                    new Exchange("a message with a listed word", "POST", ROOM_PATH + "/messages", 400, COUNTED,
                            rejected("ng_word")),
                    new Exchange("a message with a link", "POST", ROOM_PATH + "/messages", 400, COUNTED,
                            rejected("link_not_allowed")),
                    new Exchange("a repeated message", "POST", ROOM_PATH + "/messages", 400, COUNTED, rejected("repeated")),
                    new Exchange("a message during the cooldown", "POST", ROOM_PATH + "/messages", 400, COUNTED, COOLDOWN),
                    new Exchange("401", "GET", "/v1/rooms", 401, UNCOUNTED, error("REQUEST_UNAUTHORIZED", "Invalid credentials.")),
                    new Exchange("403", "DELETE", ROOM_PATH, 403, COUNTED, error("FORBIDDEN", "Lacks rooms:delete.")),
                    new Exchange("404", "GET", POLL_PATH, 404, COUNTED, error("NOT_FOUND", "Poll not found.")),
                    new Exchange("409 on a reused Idempotency-Key", "POST", "/v1/rooms", 409, COUNTED,
                            error("CONFLICT", "Idempotency-Key reused with a different body.")),
                    new Exchange("409 on a room changed concurrently", "PUT", ROOM_PATH, 409, COUNTED,
                            error("CONFLICT", "The room was changed by another request; retry.")),
                    new Exchange("409 editing an opened poll", "PATCH", POLL_PATH, 409, COUNTED,
                            error("CONFLICT", "A poll can only be changed before it opens.")),
                    new Exchange("409 voting in a closed poll", "POST", POLL_PATH + "/votes", 409, COUNTED,
                            error("CONFLICT", "Votes are only taken while the poll is open.")),
                    new Exchange("413", "PUT", POLL_PATH, 413, UNCOUNTED, error("PAYLOAD_TOO_LARGE", "Too large.")),
                    new Exchange("429", "GET", ROOM_PATH + "/realtime-data", 429, THROTTLED,
                            error("TOO_MANY_REQUESTS", "Slow down.")),
                    new Exchange("500", "GET", ROOM_PATH, 500, UNCOUNTED, error("INTERNAL_ERROR", "Oops.")),
                    new Exchange("503", "GET", "/v1/rooms", 503, UNAVAILABLE,
                            error("SERVICE_UNAVAILABLE", "The service is temporarily unavailable. Retry later.")));
        }

        static Stream<Mismatch> mismatching() {
            return Stream.of(
                    new Mismatch("max_clients as a string", "schema.type",
                            new Exchange("GET", ROOM_PATH, 200, COUNTED, edit(ROOM, r -> r.put("max_clients", "1000")))),
                    new Mismatch("custom_styles null instead of empty", "schema.type",
                            new Exchange("GET", ROOM_PATH, 200, COUNTED, edit(NEW_ROOM, r -> r.putNull("custom_styles")))),
                    new Mismatch("votes as a string", "schema.type",
                            new Exchange("GET", POLL_PATH, 200, COUNTED,
                                    edit(POLL, p -> ((ObjectNode) p.get("options").get(0)).put("votes", "312")))),
                    new Mismatch("statistics left out instead of null", "schema.required",
                            new Exchange("GET", "/v1/rooms", 200, COUNTED,
                                    edit(ROOMS, list -> ((ObjectNode) list.get("data").get(1)).remove("statistics")))),
                    new Mismatch("a poll without closed_at", "schema.required",
                            new Exchange("GET", POLL_PATH, 200, COUNTED, edit(DRAFT_POLL, p -> p.remove("closed_at")))),
                    new Mismatch("a message without username", "schema.required",
                            new Exchange("GET", ROOM_PATH + "/messages", 200, COUNTED,
                                    edit(MESSAGES, page -> ((ObjectNode) page.get("data").get(1)).remove("username")))),
                    new Mismatch("an error without message", "schema.required",
                            new Exchange("GET", ROOM_PATH, 404, COUNTED, "{\"code\": \"NOT_FOUND\"}")),
                    new Mismatch("a room with its organization", "schema.additionalProperties",
                            new Exchange("GET", ROOM_PATH, 200, COUNTED, edit(ROOM, r -> r.put("organization_id", "org_xyz")))),
                    new Mismatch("an extra key in realtime_data", "schema.additionalProperties",
                            new Exchange("GET", ROOM_PATH + "/realtime-data", 200, COUNTED,
                                    "{\"clients_count\": 0, \"total_messages\": 0, \"peak\": 3}")),
                    new Mismatch("an option with its percentage", "schema.additionalProperties",
                            new Exchange("GET", ROOM_PATH + "/polls", 200, COUNTED,
                                    edit(POLLS, list -> ((ObjectNode) list.get("data").get(0).get("options").get(0))
                                            .put("percent", 78)))),
                    new Mismatch("the helpdesk's field in an error", "schema.additionalProperties",
                            new Exchange("POST", "/v1/rooms", 400, COUNTED,
                                    edit(error("INVALID_REQUEST", "name must not be empty"), e -> e.put("field", "name")))),
                    new Mismatch("an ISO-8601 timestamp", "schema.pattern",
                            new Exchange("GET", ROOM_PATH, 200, COUNTED, edit(ROOM, r -> r.put("created_at", "2020-10-21T10:41:17Z")))),
                    new Mismatch("a prefixed id", "schema.pattern",
                            new Exchange("POST", "/v1/rooms", 200, COUNTED, "{\"id\": \"room_d88c41e1\"}")),
                    new Mismatch("a short signing key", "schema.pattern",
                            new Exchange("POST", ROOM_PATH + "/signing-key:rotate", 200, COUNTED,
                                    "{\"signing_key\": \"Zk3pQ9vX2mK7rT4wY8zB1nC6dF0gH5j\"}")),
                    new Mismatch("a status of another API", "schema.enum",
                            new Exchange("GET", ROOM_PATH, 200, COUNTED, edit(ROOM, r -> r.put("status", "closed")))),
                    new Mismatch("an unknown visibility", "schema.enum",
                            new Exchange("GET", ROOM_PATH + "/messages", 200, COUNTED,
                                    edit(MESSAGES, page -> ((ObjectNode) page.get("data").get(0)).put("visibility", "private")))),
                    new Mismatch("a 404 with another status's code", "schema.enum",
                            new Exchange("GET", ROOM_PATH, 404, COUNTED, error("INVALID_REQUEST", "Room not found."))),
                    new Mismatch("a helpdesk-style code", "schema.enum",
                            new Exchange("GET", "/v1/rooms", 401, UNCOUNTED, error("unauthorized", "Invalid credentials."))),
                    new Mismatch("MESSAGE_REJECTED where no message is posted", "schema.enum",
                            new Exchange("PATCH", ROOM_PATH, 400, COUNTED, rejected("ng_word"))),
                    new Mismatch("a negative count", "schema.minimum",
                            new Exchange("GET", ROOM_PATH + "/realtime-data", 200, COUNTED,
                                    "{\"clients_count\": -1, \"total_messages\": 0}")),
                    new Mismatch("max_clients over the limit", "schema.maximum",
                            new Exchange("GET", ROOM_PATH, 200, COUNTED, edit(ROOM, r -> r.put("max_clients", 100001)))),
                    new Mismatch("a poll with one option", "schema.minItems",
                            new Exchange("GET", POLL_PATH, 200, COUNTED,
                                    edit(POLL, p -> ((ArrayNode) p.get("options")).remove(1)))),
                    new Mismatch("a cooldown without seconds_left", "schema.oneOf",
                            new Exchange("POST", ROOM_PATH + "/messages", 400, COUNTED, edit(COOLDOWN, e -> e.remove("seconds_left")))),
                    new Mismatch("seconds_left on a listed word", "schema.oneOf",
                            new Exchange("POST", ROOM_PATH + "/messages", 400, COUNTED,
                                    edit(rejected("ng_word"), e -> e.put("seconds_left", 2)))),
                    new Mismatch("a cooldown of zero seconds", "schema.oneOf",
                            new Exchange("POST", ROOM_PATH + "/messages", 400, COUNTED, edit(COOLDOWN, e -> e.put("seconds_left", 0)))),
                    new Mismatch("an unknown rejection reason", "schema.oneOf",
                            new Exchange("POST", ROOM_PATH + "/messages", 400, COUNTED, rejected("spam"))),
                    new Mismatch("201 on registration, which the reference answers with 200", "status.unknown",
                            new Exchange("POST", "/v1/rooms", 201, COUNTED, CREATED)),
                    new Mismatch("404 on the room list, which has no id", "status.unknown",
                            new Exchange("GET", "/v1/rooms", 404, COUNTED, error("NOT_FOUND", "No."))),
                    new Mismatch("409 on a room deletion", "status.unknown",
                            new Exchange("DELETE", ROOM_PATH, 409, COUNTED, error("CONFLICT", "No."))),
                    new Mismatch("409 on a message deletion", "status.unknown",
                            new Exchange("DELETE", ROOM_PATH + "/messages/" + MESSAGE_ID, 409, COUNTED,
                                    error("CONFLICT", "No."))),
                    new Mismatch("400 on an operation without body or query", "status.unknown",
                            new Exchange("DELETE", ROOM_PATH, 400, COUNTED, error("INVALID_REQUEST", "No."))),
                    new Mismatch("413 on an operation without body", "status.unknown",
                            new Exchange("POST", ROOM_PATH + "/signing-key:rotate", 413, UNCOUNTED,
                                    error("PAYLOAD_TOO_LARGE", "No."))),
                    new Mismatch("a body on a 204", "body.unexpected",
                            new Exchange("PUT", ROOM_PATH, 204, COUNTED, CREATED)),
                    new Mismatch("a 200 without rate-limit headers", "header.missing",
                            new Exchange("GET", ROOM_PATH, 200, UNCOUNTED, ROOM)),
                    new Mismatch("a 204 without rate-limit headers", "header.missing",
                            new Exchange("DELETE", ROOM_PATH, 204, without(UNCOUNTED, "Content-Type"), null)),
                    new Mismatch("no X-Request-Id", "header.missing",
                            new Exchange("GET", "/v1/rooms", 401, without(UNCOUNTED, "X-Request-Id"),
                                    error("REQUEST_UNAUTHORIZED", "Invalid credentials."))),
                    new Mismatch("a 429 without Retry-After", "header.missing",
                            new Exchange("GET", "/v1/rooms", 429, without(THROTTLED, "Retry-After"),
                                    error("TOO_MANY_REQUESTS", "Slow down."))),
                    new Mismatch("a 503 without Retry-After", "header.missing",
                            new Exchange("GET", "/v1/rooms", 503, without(UNAVAILABLE, "Retry-After"),
                                    error("SERVICE_UNAVAILABLE", "Retry later."))),
                    new Mismatch("a 503 in the helpdesk's format", "schema.required",
                            new Exchange("GET", ROOM_PATH, 503, UNAVAILABLE, """
                                    {"error": {"code": "service_unavailable", "message": "Retry later."}}""")),
                    new Mismatch("an undocumented method", "operation.notAllowed",
                            new Exchange("PATCH", ROOM_PATH + "/messages/" + MESSAGE_ID, 204, COUNTED_NO_CONTENT, null)),
                    new Mismatch("an undocumented path", "path.missing",
                            new Exchange("GET", ROOM_PATH + "/viewers", 200, COUNTED, "{\"data\": []}")));
        }

        /** Each colon route with its own response: the colon is a literal inside the segment. */
        static Stream<Exchange> colonRoutes() {
            return Stream.of(
                    new Exchange("POST", "/v1/rooms:open/" + ROOM_ID, 204, COUNTED_NO_CONTENT, null),
                    new Exchange("POST", "/v1/rooms:close/" + ROOM_ID, 204, COUNTED_NO_CONTENT, null),
                    new Exchange("POST", "/v1/rooms:close/" + ROOM_ID, 409, COUNTED,
                            error("CONFLICT", "The room was changed by another request; retry.")),
                    new Exchange("POST", "/v1/rooms:open/" + ROOM_ID, 404, COUNTED, error("NOT_FOUND", "Room not found.")),
                    new Exchange("POST", ROOM_PATH + "/signing-key:rotate", 200, COUNTED,
                            "{\"signing_key\": \"Zk3pQ9vX2mK7rT4wY8zB1nC6dF0gH5jL\"}"),
                    new Exchange("POST", ROOM_PATH + "/polls:open/" + POLL_ID, 204, COUNTED_NO_CONTENT, null),
                    new Exchange("POST", ROOM_PATH + "/polls:open/" + POLL_ID, 409, COUNTED,
                            error("CONFLICT", "Another poll of this room is open; close it first.")),
                    new Exchange("POST", ROOM_PATH + "/polls:close/" + POLL_ID, 204, COUNTED_NO_CONTENT, null),
                    new Exchange("POST", ROOM_PATH + "/polls:close/" + POLL_ID, 409, COUNTED,
                            error("CONFLICT", "Only an open poll can be closed.")));
        }

        /**
         * Responses that would pass if a colon route were taken for its neighbour without the colon
         * ({@code /v1/rooms/{room-id}}, {@code /v1/rooms/{room-id}/polls/{poll-id}}) or for the collection.
         */
        static Stream<Mismatch> colonRoutesTakenForTheirNeighbours() {
            return Stream.of(
                    new Mismatch("GET /v1/rooms:open/{id} as if it were GET /v1/rooms/{room-id}", "operation.notAllowed",
                            new Exchange("GET", "/v1/rooms:open/" + ROOM_ID, 200, COUNTED, ROOM)),
                    new Mismatch("DELETE /v1/rooms:close/{id} as if it were DELETE /v1/rooms/{room-id}", "operation.notAllowed",
                            new Exchange("DELETE", "/v1/rooms:close/" + ROOM_ID, 204, COUNTED_NO_CONTENT, null)),
                    new Mismatch("POST /v1/rooms:open/{id} answering like POST /v1/rooms", "status.unknown",
                            new Exchange("POST", "/v1/rooms:open/" + ROOM_ID, 200, COUNTED, CREATED)),
                    new Mismatch("GET polls:open as if it were GET polls/{poll-id}", "operation.notAllowed",
                            new Exchange("GET", ROOM_PATH + "/polls:open/" + POLL_ID, 200, COUNTED, POLL)),
                    new Mismatch("PUT polls:close as if it were PUT polls/{poll-id}", "operation.notAllowed",
                            new Exchange("PUT", ROOM_PATH + "/polls:close/" + POLL_ID, 204, COUNTED_NO_CONTENT, null)),
                    new Mismatch("polls:close answering like a vote's 400", "status.unknown",
                            new Exchange("POST", ROOM_PATH + "/polls:close/" + POLL_ID, 400, COUNTED,
                                    error("INVALID_REQUEST", "No."))),
                    new Mismatch("signing-key:rotate answering 204", "status.unknown",
                            new Exchange("POST", ROOM_PATH + "/signing-key:rotate", 204, COUNTED_NO_CONTENT, null)),
                    new Mismatch("signing-key without its action", "path.missing",
                            new Exchange("POST", ROOM_PATH + "/signing-key", 200, COUNTED,
                                    "{\"signing_key\": \"Zk3pQ9vX2mK7rT4wY8zB1nC6dF0gH5jL\"}")),
                    new Mismatch("an undocumented room action", "path.missing",
                            new Exchange("POST", "/v1/rooms:reopen/" + ROOM_ID, 204, COUNTED_NO_CONTENT, null)),
                    new Mismatch("an undocumented poll action", "path.missing",
                            new Exchange("POST", ROOM_PATH + "/polls:reset/" + POLL_ID, 204, COUNTED_NO_CONTENT, null)),
                    new Mismatch("a room action without the room", "path.missing",
                            new Exchange("POST", "/v1/rooms:open", 204, COUNTED_NO_CONTENT, null)),
                    new Mismatch("a room action as a path segment", "path.missing",
                            new Exchange("POST", "/v1/rooms/open/" + ROOM_ID, 204, COUNTED_NO_CONTENT, null)));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("matching")
        void documentedLivechatResponsesMatch(Exchange exchange) {
            exchange.assertMatches(livechat);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("mismatching")
        void otherLivechatResponsesFail(Mismatch mismatch) {
            mismatch.assertFails(livechat);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("colonRoutes")
        void colonRoutesResolveToTheirOwnOperations(Exchange exchange) {
            exchange.assertMatches(livechat);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("colonRoutesTakenForTheirNeighbours")
        void colonRoutesAreNotTakenForTheirNeighbours(Mismatch mismatch) {
            mismatch.assertFails(livechat);
        }
    }

    /** One response to check, described by the request that produced it. */
    record Exchange(String name, String method, String path, int status, Map<String, String> headers, String body) {
        Exchange(String method, String path, int status, Map<String, String> headers, String body) {
            this(method + " " + path + " -> " + status, method, path, status, headers, body);
        }

        void assertMatches(OpenApiContract contract) {
            contract.assertResponseMatches(method, path, status, headers, body);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** A response the document does not allow, and the validation message key that must say so. */
    record Mismatch(String name, String expectedKey, Exchange exchange) {
        void assertFails(OpenApiContract contract) {
            assertThatThrownBy(() -> exchange.assertMatches(contract))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("validation.")
                    .hasMessageContaining("." + expectedKey + ":");
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** Each example in a document's responses, checked against the response it illustrates. */
    static Stream<Arguments> documentedExamples() {
        List<Arguments> examples = new ArrayList<>();
        for (String surface : List.of("helpdesk", "b2b", "livechat")) {
            OpenApiContract contract = OpenApiContract.load(surface);
            contract.document().getPaths().forEach((template, item) -> item.readOperationsMap().forEach((method, operation) ->
                    operation.getResponses().forEach((status, response) -> {
                        String path = template.replaceAll("\\{[^}]+}", "1");
                        String name = surface + ": " + method + " " + template + " -> " + status;
                        examplesOf(response).forEach((label, body) -> examples.add(Arguments.of(
                                name + label, contract,
                                new Exchange(name + label, method.name(), path, Integer.parseInt(status), headersFor(status),
                                        body))));
                    })));
        }
        assertThat(examples).hasSizeGreaterThan(20);
        return examples.stream();
    }

    /** The response's JSON {@code example}, or each of its named {@code examples} labelled with its name. */
    private static Map<String, String> examplesOf(ApiResponse response) {
        MediaType json = response.getContent() == null ? null : response.getContent().get("application/json");
        Map<String, String> bodies = new LinkedHashMap<>();
        if (json == null) {
            return bodies;
        }
        if (json.getExample() != null) {
            bodies.put("", toJson(json.getExample()));
        }
        if (json.getExamples() != null) {
            json.getExamples().forEach((name, example) -> bodies.put(" (" + name + ")", toJson(example.getValue())));
        }
        return bodies;
    }

    private static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> headersFor(String status) {
        return switch (status) {
            case "429" -> THROTTLED;
            case "503" -> UNAVAILABLE;
            default -> COUNTED;
        };
    }

    static String edit(String json, Consumer<ObjectNode> change) {
        try {
            JsonNode node = JSON.readTree(json);
            change.accept((ObjectNode) node);
            return JSON.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> headers(String... namesAndValues) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            headers.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return Map.copyOf(headers);
    }

    private static Map<String, String> with(Map<String, String> headers, String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(headers);
        changed.put(name, value);
        return Map.copyOf(changed);
    }

    private static Map<String, String> without(Map<String, String> headers, String name) {
        Map<String, String> changed = new LinkedHashMap<>(headers);
        changed.remove(name);
        return Map.copyOf(changed);
    }
}
