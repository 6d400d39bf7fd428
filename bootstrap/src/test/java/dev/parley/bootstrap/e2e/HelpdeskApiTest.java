package dev.parley.bootstrap.e2e;

import static dev.parley.bootstrap.support.ApiClient.quote;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.bootstrap.support.ApiClient;
import dev.parley.bootstrap.support.ApiResponse;
import dev.parley.bootstrap.support.RunningParley;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HelpdeskApiTest {
    private static RunningParley parley;
    private static ApiClient api;
    private static String token;
    private static String readOnly;
    private static String writeOnly;
    private static String otherOrgToken;
    private static String agentId;
    private static String agentToken;

    @BeforeAll
    static void start() {
        parley = RunningParley.start();
        api = parley.api();
        parley.createOrganization("acme");
        parley.createOrganization("globex");
        token = parley.token("acme", "tickets:read,tickets:write");
        readOnly = parley.token("acme", "tickets:read");
        writeOnly = parley.token("acme", "tickets:write");
        otherOrgToken = parley.token("globex", "*");
        List<String> agent = parley.cli("users", "create", "--org", "acme", "--email", "bob@acme.test", "--name", "Bob",
                "--role", "agent");
        agentId = agent.get(agent.size() - 1);
        agentToken = parley.userToken("acme", "bob@acme.test", "tickets:read,tickets:write");
    }

    @AfterAll
    static void stop() {
        parley.close();
    }

    private static String ticketBody(String subject) {
        return "{\"subject\":" + quote(subject) + ",\"customer\":{\"name\":\"Alice Johnson\",\"email\":\"alice@example.com\"},"
                + "\"message\":\"I clicked 'Forgot Password' but the email never arrived.\",\"tags\":[\"password\",\"email-delivery\"]}";
    }

    private static JsonNode createTicket(String subject) {
        ApiResponse created = api.post("/v1/tickets", token, ticketBody(subject));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    private static long tickets() {
        return parley.count("select count(*) from tickets");
    }

    @Test
    void createsATicketWhoseFirstMessageIsTheCustomers() {
        JsonNode ticket = createTicket("Password reset not working");

        assertThat(ticket.get("id").asText()).startsWith("tkt_");
        assertThat(ticket.get("orgId").asText()).startsWith("org_");
        assertThat(ticket.get("status").asText()).isEqualTo("open");
        assertThat(ticket.get("channel").asText()).isEqualTo("api");
        assertThat(ticket.get("customer").get("email").asText()).isEqualTo("alice@example.com");
        assertThat(ticket.get("assignedTo").isNull()).isTrue();
        assertThat(ticket.get("tags")).hasSize(2);
        assertThat(ticket.get("createdAt").asText()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
        assertThat(ticket.get("messages")).hasSize(1);
        assertThat(ticket.get("messages").get(0).get("role").asText()).isEqualTo("customer");
        assertThat(ticket.get("messages").get(0).get("id").asText()).startsWith("msg_");
    }

    @Test
    void getsATicketWithAllMessagesInOrder() {
        String id = createTicket("Order").get("id").asText();
        api.post("/v1/tickets/" + id + "/messages", agentToken, "{\"text\":\"First reply\"}");
        api.post("/v1/tickets/" + id + "/messages", agentToken, "{\"text\":\"Note for colleagues\",\"internal\":true}");
        api.post("/v1/tickets/" + id + "/messages", agentToken, "{\"text\":\"Second reply\"}");

        JsonNode ticket = api.get("/v1/tickets/" + id, readOnly).json();

        List<String> texts = StreamSupport.stream(ticket.get("messages").spliterator(), false).map(m -> m.get("text").asText()).toList();
        assertThat(texts).containsExactly("I clicked 'Forgot Password' but the email never arrived.", "First reply",
                "Note for colleagues", "Second reply");
        assertThat(ticket.get("messages").get(2).get("internal").asBoolean()).isTrue();
    }

    @Test
    void anAgentReplyCarriesTheAgentsNameAndSetsTheFirstResponseTime() {
        String id = createTicket("Reply").get("id").asText();

        ApiResponse note = api.post("/v1/tickets/" + id + "/messages", agentToken, "{\"text\":\"internal\",\"internal\":true}");
        assertThat(api.get("/v1/tickets/" + id, token).json().get("firstResponseAt").isNull()).isTrue();
        ApiResponse reply = api.post("/v1/tickets/" + id + "/messages", agentToken, "{\"text\":\"We've fixed the issue\"}");

        assertThat(note.status()).isEqualTo(201);
        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().get("role").asText()).isEqualTo("agent");
        assertThat(reply.json().get("agentName").asText()).isEqualTo("Bob");
        assertThat(api.get("/v1/tickets/" + id, token).json().get("firstResponseAt").asText()).isEqualTo(reply.json().get("createdAt").asText());
    }

    @Test
    void aMessageFromAnIntegrationTokenHasNoAgentName() {
        String id = createTicket("No name").get("id").asText();

        JsonNode reply = api.post("/v1/tickets/" + id + "/messages", token, "{\"text\":\"hello\"}").json();

        assertThat(reply.has("agentName")).isFalse();
    }

    @Test
    void patchesStatusAssigneeAndTags() {
        String id = createTicket("Patch me").get("id").asText();

        ApiResponse patched = api.patch("/v1/tickets/" + id, token,
                "{\"status\":\"resolved\",\"assignedTo\":" + quote(agentId) + ",\"tags\":[\"billing\"]}");

        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        assertThat(patched.json().get("status").asText()).isEqualTo("resolved");
        assertThat(patched.json().get("assignedTo").asText()).isEqualTo(agentId);
        assertThat(patched.json().get("tags").get(0).asText()).isEqualTo("billing");
        ApiResponse unassigned = api.patch("/v1/tickets/" + id, token, "{\"assignedTo\":null}");
        assertThat(unassigned.json().get("assignedTo").isNull()).isTrue();
        assertThat(unassigned.json().get("status").asText()).isEqualTo("resolved");
    }

    @Test
    void refusesAnAssigneeWhoIsNotAnAgentOfTheOrganizationAndChangesNothing() {
        String id = createTicket("Assign").get("id").asText();
        parley.cli("users", "create", "--org", "acme", "--email", "lea@acme.test", "--name", "Lea", "--role", "learner");
        List<String> foreign = parley.cli("users", "create", "--org", "globex", "--email", "gus@globex.test", "--name", "Gus", "--role", "agent");

        ApiResponse refused = api.patch("/v1/tickets/" + id, token,
                "{\"status\":\"pending\",\"assignedTo\":" + quote(foreign.get(foreign.size() - 1)) + "}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("error").get("code").asText()).isEqualTo("bad_request");
        assertThat(refused.json().get("error").get("message").asText()).contains("assignedTo");
        assertThat(api.get("/v1/tickets/" + id, token).json().get("status").asText()).isEqualTo("open");
    }

    @Test
    void listsWithFiltersPagingAndSorting() {
        parley.createOrganization("listco");
        String listToken = parley.token("listco", "tickets:read,tickets:write");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ApiResponse created = api.post("/v1/tickets", listToken,
                    "{\"channel\":" + quote(i % 2 == 0 ? "email" : "widget") + ",\"subject\":\"T" + i + "\","
                            + "\"customer\":{\"name\":\"C\",\"email\":\"c@example.com\"},\"message\":\"m\",\"tags\":[\"t" + (i % 3) + "\"]}");
            ids.add(created.json().get("id").asText());
        }
        api.patch("/v1/tickets/" + ids.get(0), listToken, "{\"status\":\"pending\"}");

        JsonNode all = api.get("/v1/tickets?per_page=2&page=2", listToken).json();
        assertThat(all.get("meta").get("total").asLong()).isEqualTo(5);
        assertThat(all.get("meta").get("page").asInt()).isEqualTo(2);
        assertThat(all.get("meta").get("perPage").asInt()).isEqualTo(2);
        assertThat(all.get("data")).hasSize(2);
        assertThat(all.get("data").get(0).has("messages")).isFalse();
        assertThat(subjects(api.get("/v1/tickets?sort=created_asc", listToken).json())).containsExactly("T0", "T1", "T2", "T3", "T4");
        assertThat(subjects(api.get("/v1/tickets", listToken).json())).containsExactly("T4", "T3", "T2", "T1", "T0");
        assertThat(subjects(api.get("/v1/tickets?sort=updated_desc", listToken).json()).get(0)).isEqualTo("T0");
        assertThat(subjects(api.get("/v1/tickets?status=pending", listToken).json())).containsExactly("T0");
        assertThat(subjects(api.get("/v1/tickets?channel=widget", listToken).json())).containsExactly("T3", "T1");
        assertThat(subjects(api.get("/v1/tickets?tag=t0", listToken).json())).containsExactly("T3", "T0");
        assertThat(subjects(api.get("/v1/tickets?assignedTo=unassigned", listToken).json())).hasSize(5);
    }

    @Test
    void filtersByAssignee() {
        String id = createTicket("Assigned one").get("id").asText();
        api.patch("/v1/tickets/" + id, token, "{\"assignedTo\":" + quote(agentId) + "}");

        JsonNode mine = api.get("/v1/tickets?assignedTo=" + agentId, token).json();

        assertThat(StreamSupport.stream(mine.get("data").spliterator(), false).map(t -> t.get("id").asText())).contains(id);
        assertThat(StreamSupport.stream(mine.get("data").spliterator(), false).map(t -> t.get("assignedTo").asText())).containsOnly(agentId);
        assertThat(StreamSupport.stream(api.get("/v1/tickets?assignedTo=unassigned&per_page=100", token).json().get("data").spliterator(), false)
                .map(t -> t.get("id").asText())).doesNotContain(id);
    }

    private static List<String> subjects(JsonNode page) {
        return StreamSupport.stream(page.get("data").spliterator(), false).map(t -> t.get("subject").asText()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"per_page=101", "per_page=0", "page=0", "page=x", "sort=newest", "status=closed", "channel=fax",
            "assignedTo=bob"})
    void refusesBadListParametersNamingThem(String query) {
        ApiResponse refused = api.get("/v1/tickets?" + query, token);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("error").get("code").asText()).isEqualTo("bad_request");
        assertThat(refused.json().get("error").get("message").asText()).contains(query.substring(0, query.indexOf('=')));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{",
            "[]",
            "{\"customer\":{\"name\":\"A\",\"email\":\"a@example.com\"},\"message\":\"m\"}",
            "{\"subject\":\"s\",\"message\":\"m\"}",
            "{\"subject\":\"s\",\"customer\":{\"name\":\"A\",\"email\":\"a@example.com\"}}",
            "{\"subject\":\"s\",\"customer\":{\"name\":\"A\",\"email\":\"not-an-email\"},\"message\":\"m\"}",
            "{\"subject\":\"s\",\"customer\":{\"name\":\"A\"},\"message\":\"m\"}",
            "{\"subject\":\"s\",\"customer\":{\"name\":\"A\",\"email\":\"a@example.com\"},\"message\":\"   \"}",
            "{\"subject\":42,\"customer\":{\"name\":\"A\",\"email\":\"a@example.com\"},\"message\":\"m\"}",
            "{\"subject\":\"s\",\"customer\":\"alice\",\"message\":\"m\"}",
            "{\"subject\":\"s\",\"customer\":{\"name\":\"A\",\"email\":\"a@example.com\"},\"message\":\"m\",\"channel\":\"fax\"}",
            "{\"subject\":\"s\",\"customer\":{\"name\":\"A\",\"email\":\"a@example.com\"},\"message\":\"m\",\"tags\":\"x\"}",
            "{\"subject\":\"s\",\"customer\":{\"name\":\"A\",\"email\":\"a@example.com\"},\"message\":\"m\",\"tags\":[1]}",
            "{\"subject\":\"s\",\"subject\":\"t\",\"customer\":{\"name\":\"A\",\"email\":\"a@example.com\"},\"message\":\"m\"}"})
    void refusesInvalidTicketsAndWritesNothing(String body) {
        long before = tickets();

        ApiResponse refused = api.post("/v1/tickets", token, body);

        assertThat(refused.status()).as(body).isEqualTo(400);
        assertThat(refused.json().get("error").get("code").asText()).isEqualTo("bad_request");
        assertThat(tickets()).isEqualTo(before);
    }

    @Test
    void namesTheOffendingFieldIncludingNestedOnes() {
        ApiResponse refused = api.post("/v1/tickets", token,
                "{\"subject\":\"s\",\"customer\":{\"name\":\"A\",\"email\":\"nope\"},\"message\":\"m\"}");

        assertThat(refused.json().get("error").get("field").asText()).isEqualTo("customer.email");
        assertThat(refused.json().get("error").get("message").asText()).contains("customer.email");
    }

    @Test
    void refusesOversizeFields() {
        String longSubject = "x".repeat(501);
        String hugeMessage = "x".repeat(64 * 1024 + 1);
        List<String> tooManyTags = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            tooManyTags.add(quote("t" + i));
        }
        String base = "\"customer\":{\"name\":\"A\",\"email\":\"a@example.com\"}";

        assertThat(api.post("/v1/tickets", token, "{\"subject\":" + quote(longSubject) + "," + base + ",\"message\":\"m\"}").status()).isEqualTo(400);
        assertThat(api.post("/v1/tickets", token, "{\"subject\":\"s\"," + base + ",\"message\":" + quote(hugeMessage) + "}").status()).isEqualTo(400);
        assertThat(api.post("/v1/tickets", token, "{\"subject\":\"s\"," + base + ",\"message\":\"m\",\"tags\":[" + String.join(",", tooManyTags) + "]}").status()).isEqualTo(400);
        assertThat(api.post("/v1/tickets", token, "{\"subject\":\"s\"," + base + ",\"message\":\"m\",\"tags\":[" + quote("t".repeat(51)) + "]}").status()).isEqualTo(400);
        assertThat(api.post("/v1/tickets", token, "{\"subject\":" + quote("x".repeat(500)) + "," + base + ",\"message\":\"m\"}").status()).isEqualTo(201);
    }

    @Test
    void refusesABodyOverOneMebibyteWith413() {
        String body = "{\"subject\":\"s\",\"message\":" + quote("x".repeat(1024 * 1024 + 10)) + "}";

        ApiResponse refused = api.send("POST", "/v1/tickets", token, body, Map.of("Expect", "100-continue"));

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.json().get("error").get("code").asText()).isEqualTo("payload_too_large");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"status\":\"closed\"}", "{\"status\":1}", "{\"assignedTo\":\"agent_\"}", "{\"assignedTo\":7}",
            "{\"tags\":[\"\"]}", "not json"})
    void refusesInvalidPatchesAndChangesNothing(String body) {
        JsonNode ticket = createTicket("Bad patch");
        String id = ticket.get("id").asText();

        ApiResponse refused = api.patch("/v1/tickets/" + id, token, body);

        assertThat(refused.status()).isEqualTo(400);
        JsonNode after = api.get("/v1/tickets/" + id, token).json();
        assertThat(after.get("updatedAt")).isEqualTo(ticket.get("updatedAt"));
        assertThat(after.get("tags")).isEqualTo(ticket.get("tags"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"text\":\"\"}", "{\"text\":\"  \"}", "{\"text\":5}", "{\"text\":\"ok\",\"internal\":\"yes\"}"})
    void refusesInvalidMessagesAndWritesNothing(String body) {
        String id = createTicket("Bad message").get("id").asText();

        ApiResponse refused = api.post("/v1/tickets/" + id + "/messages", token, body);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(api.get("/v1/tickets/" + id, token).json().get("messages")).hasSize(1);
    }

    @Test
    void anotherOrganizationsTicketIsNotFoundOnEveryRoute() {
        String id = createTicket("Private").get("id").asText();

        List<ApiResponse> responses = List.of(
                api.get("/v1/tickets/" + id, otherOrgToken),
                api.patch("/v1/tickets/" + id, otherOrgToken, "{\"status\":\"resolved\"}"),
                api.post("/v1/tickets/" + id + "/messages", otherOrgToken, "{\"text\":\"hi\"}"));

        assertThat(responses).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(404);
            assertThat(r.json().get("error").get("code").asText()).isEqualTo("not_found");
        });
        ApiResponse missing = api.get("/v1/tickets/tkt_0", otherOrgToken);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(responses.get(0).json().get("error").get("code")).isEqualTo(missing.json().get("error").get("code"));
        assertThat(StreamSupport.stream(api.get("/v1/tickets?per_page=100", otherOrgToken).json().get("data").spliterator(), false)
                .map(t -> t.get("id").asText())).doesNotContain(id);
        assertThat(api.get("/v1/tickets/" + id, token).json().get("status").asText()).isEqualTo("open");
    }

    @Test
    void malformedTicketIdsAreNotFound() {
        assertThat(api.get("/v1/tickets/12345", token).status()).isEqualTo(404);
        assertThat(api.get("/v1/tickets/tkt_!!", token).status()).isEqualTo(404);
    }

    @Test
    void abilitiesGateReadsAndWrites() {
        String id = createTicket("Abilities").get("id").asText();

        assertThat(api.get("/v1/tickets", writeOnly).status()).isEqualTo(403);
        assertThat(api.get("/v1/tickets/" + id, writeOnly).status()).isEqualTo(403);
        assertThat(api.post("/v1/tickets", readOnly, ticketBody("x")).status()).isEqualTo(403);
        assertThat(api.patch("/v1/tickets/" + id, readOnly, "{\"status\":\"resolved\"}").status()).isEqualTo(403);
        ApiResponse forbidden = api.post("/v1/tickets/" + id + "/messages", readOnly, "{\"text\":\"x\"}");
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.json().get("error").get("code").asText()).isEqualTo("forbidden");
        assertThat(api.get("/v1/tickets", parley.token("acme", "rooms:read")).status()).isEqualTo(403);
    }

    @Test
    void missingOrInvalidKeysAreUnauthorized() {
        ApiResponse missing = api.get("/v1/tickets", null);
        ApiResponse garbage = api.get("/v1/tickets", "garbage");
        ApiResponse wrongSecret = api.get("/v1/tickets", token.substring(0, token.indexOf('|') + 1) + "A".repeat(40) + "00000000");

        assertThat(List.of(missing, garbage, wrongSecret)).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(401);
            assertThat(r.json().get("error").get("code").asText()).isEqualTo("unauthorized");
        });
    }

    @Test
    void replaysAnIdempotentCreateAndRefusesAReusedKeyWithAnotherBody() {
        Map<String, String> key = Map.of("Idempotency-Key", "create-once-1");
        long before = tickets();

        ApiResponse first = api.send("POST", "/v1/tickets", token, ticketBody("Once"), key);
        ApiResponse replay = api.send("POST", "/v1/tickets", token, ticketBody("Once"), key);
        ApiResponse conflict = api.send("POST", "/v1/tickets", token, ticketBody("Twice"), key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.body()).isEqualTo(first.body());
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.json().get("error").get("code").asText()).isEqualTo("conflict");
        assertThat(tickets()).isEqualTo(before + 1);
    }

    @Test
    void idempotencyKeysAreScopedToTheOrganization() {
        Map<String, String> key = Map.of("Idempotency-Key", "shared-key");

        ApiResponse mine = api.send("POST", "/v1/tickets", token, ticketBody("Mine"), key);
        ApiResponse theirs = api.send("POST", "/v1/tickets", otherOrgToken, ticketBody("Mine"), key);

        assertThat(theirs.status()).isEqualTo(201);
        assertThat(theirs.json().get("id").asText()).isNotEqualTo(mine.json().get("id").asText());
    }

    @Test
    void replaysAnIdempotentMessagePost() {
        String id = createTicket("Message once").get("id").asText();
        Map<String, String> key = Map.of("Idempotency-Key", "message-once");

        ApiResponse first = api.send("POST", "/v1/tickets/" + id + "/messages", token, "{\"text\":\"only once\"}", key);
        ApiResponse replay = api.send("POST", "/v1/tickets/" + id + "/messages", token, "{\"text\":\"only once\"}", key);

        assertThat(replay.body()).isEqualTo(first.body());
        assertThat(api.get("/v1/tickets/" + id, token).json().get("messages")).hasSize(2);
    }

    @Test
    void recordsEveryChangeInTheOutbox() {
        String id = createTicket("Events").get("id").asText();
        api.patch("/v1/tickets/" + id, token, "{\"status\":\"pending\"}");
        api.post("/v1/tickets/" + id + "/messages", token, "{\"text\":\"reply\"}");

        long created = parley.count("select count(*) from outbox_events where type = 'ticket.created' and payload->>'subject' = 'Events'");
        long updated = parley.count("select count(*) from outbox_events where type = 'ticket.updated' and payload->>'subject' = 'Events'");
        long messages = parley.count("select count(*) from outbox_events where type = 'ticket.message.created' and payload->>'text' = 'reply'");

        assertThat(List.of(created, updated, messages)).containsExactly(1L, 1L, 1L);
    }

    @Test
    void everyResponseCarriesRateLimitAndRequestIdHeaders() {
        ApiResponse response = api.get("/v1/tickets", token);

        assertThat(response.header("RateLimit-Policy")).isEqualTo("\"default\";q=300;w=60");
        assertThat(response.header("RateLimit")).matches("\"default\";r=\\d+;t=\\d+");
        assertThat(response.header("X-RateLimit-Limit")).isEqualTo("300");
        assertThat(response.header("X-RateLimit-Remaining")).matches("\\d+");
        assertThat(response.header("X-Request-Id")).isNotBlank();
    }

    @Test
    void unknownRoutesAndMethodsAnswerInTheHelpdeskFormat() {
        ApiResponse unknown = api.sendUnchecked("GET", "/v1/tickets/x/y/z", token, null, Map.of());
        ApiResponse method = api.sendUnchecked("DELETE", "/v1/tickets", token, null, Map.of());

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("error").get("code").asText()).isEqualTo("not_found");
        assertThat(method.status()).isEqualTo(405);
        assertThat(method.json().get("error").get("code").asText()).isEqualTo("method_not_allowed");
    }
}
