package dev.parley.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.shared.EventId;
import dev.parley.domain.shared.JsonFragment;
import dev.parley.domain.shared.OrganizationId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;

class WebhookPayloadTest {
    private static final EventId EVENT = new EventId(UUID.fromString("0190c3f4-7b1a-7c3e-9d2f-1234567890ab"));
    private static final OrganizationId ORG = new OrganizationId(42);

    @Example
    void wrapsTheEventDataInTheEnvelopeReceiversParse() {
        byte[] body = WebhookPayload.envelope(EVENT, "ticket.created", Instant.parse("2024-03-15T14:23:00.123456789Z"), ORG,
                data("id", "tkt_1", "subject", "Caf\u00e9 \"du\" coin", "tags", List.of("vip"), "assignee", null));

        assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo("{\"id\":\"0190c3f4-7b1a-7c3e-9d2f-1234567890ab\","
                + "\"type\":\"ticket.created\",\"created_at\":\"2024-03-15T14:23:00.123456Z\",\"organization_id\":42,"
                + "\"data\":{\"id\":\"tkt_1\",\"subject\":\"Caf\u00e9 \\\"du\\\" coin\",\"tags\":[\"vip\"],\"assignee\":null}}");
    }

    @Example
    void showsWholeSecondsWithSixFractionDigits() {
        assertThat(WebhookPayload.timestamp(Instant.parse("2024-03-15T14:23:00Z"))).isEqualTo("2024-03-15T14:23:00.000000Z");
    }

    @Example
    void theSameEventGivesTheSameBytes() {
        Instant at = Instant.parse("2024-03-15T14:23:00Z");

        assertThat(WebhookPayload.envelope(EVENT, "poll.closed", at, ORG, Map.of()))
                .isEqualTo(WebhookPayload.envelope(EVENT, "poll.closed", at, ORG, Map.of()));
    }

    @Example
    void refusesDataThatIsNotPlainJsonAndTypesOffTheCatalogShape() {
        Instant at = Instant.parse("2024-03-15T14:23:00Z");

        assertThatThrownBy(() -> WebhookPayload.envelope(EVENT, "ticket.created", at, ORG, Map.of("when", at))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WebhookPayload.envelope(EVENT, "Ticket Created", at, ORG, Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WebhookPayload.envelope(EVENT, "ticket.\"x", at, ORG, Map.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Example
    void splicesDataAlreadyWrittenAsJsonVerbatim() {
        byte[] body = WebhookPayload.envelope(EVENT, "export.completed", Instant.parse("2024-03-15T14:23:00Z"), ORG,
                new JsonFragment("{\"id\":7,\"note\":\"\\u00e9\"}"));

        assertThat(new String(body, StandardCharsets.UTF_8)).endsWith(",\"data\":{\"id\":7,\"note\":\"\\u00e9\"}}");
    }

    @Property
    void anEventTypeIsDottedWordsOfLowercaseLettersDigitsAndUnderscores(
            @ForAll @StringLength(max = 12) @CharRange(from = 'a', to = 'c') @CharRange(from = '0', to = '1')
            @Chars({'_', '.', 'Z', '"', ' ', '-'}) String type) {
        Pattern dottedWords = Pattern.compile("[a-z0-9_]+(\\.[a-z0-9_]+)*");

        assertThat(WebhookPayload.isEventType(type)).isEqualTo(dottedWords.matcher(type).matches());
    }

    private static Map<String, Object> data(Object... keysAndValues) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            data.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return data;
    }
}
