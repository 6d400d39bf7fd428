package dev.parley.bootstrap.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    /** Headers of an admitted response without a body. */
    private static final Map<String, String> COUNTED_NO_CONTENT = without(COUNTED, "Content-Type");

    private static OpenApiContract helpdesk;
    private static OpenApiContract b2b;

    @BeforeAll
    static void loadDocuments() {
        helpdesk = OpenApiContract.load("helpdesk");
        b2b = OpenApiContract.load("b2b");
    }

    @ParameterizedTest
    @ValueSource(strings = {"helpdesk", "b2b"})
    void bothDocumentsLoadWithoutParserMessages(String surface) {
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
                    new Exchange("500", "GET", "/v1/tickets/tkt_abc123", 500, UNCOUNTED, error("internal_error", "Oops.")));
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
                 "created_at": "2024-03-15T14:23:00.000000Z"}""";
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
                    new Exchange("500", "GET", "/api/auth/me", 500, UNCOUNTED, message("Server Error")));
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
                            new Exchange("POST", "/api/auth/sign-out", 204, COUNTED_NO_CONTENT, null)));
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
        for (String surface : List.of("helpdesk", "b2b")) {
            OpenApiContract contract = OpenApiContract.load(surface);
            contract.document().getPaths().forEach((template, item) -> item.readOperationsMap().forEach((method, operation) ->
                    operation.getResponses().forEach((status, response) -> {
                        String path = template.replaceAll("\\{[^}]+}", "1");
                        String name = surface + ": " + method + " " + template + " -> " + status;
                        exampleOf(response).ifPresent(body -> examples.add(Arguments.of(
                                name, contract,
                                new Exchange(name, method.name(), path, Integer.parseInt(status), headersFor(status), body))));
                    })));
        }
        assertThat(examples).hasSizeGreaterThan(20);
        return examples.stream();
    }

    private static Optional<String> exampleOf(ApiResponse response) {
        if (response.getContent() == null) {
            return Optional.empty();
        }
        MediaType json = response.getContent().get("application/json");
        if (json == null || json.getExample() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.writeValueAsString(json.getExample()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> headersFor(String status) {
        return status.equals("429") ? THROTTLED : COUNTED;
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
