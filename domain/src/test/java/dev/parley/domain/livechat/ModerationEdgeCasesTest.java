package dev.parley.domain.livechat;

import static dev.parley.domain.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.livechat.ModerationPolicy.MessageBody;
import dev.parley.domain.shared.OrganizationId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ModerationEdgeCasesTest {
    private static final Instant NOW = Instant.parse("2024-03-15T14:23:00Z");

    private static String stored(List<String> words, String text) {
        RoomSettings settings = new RoomSettings("live", 10, false, RoomSettings.DEFAULT_DOMAINS, false, "", words,
                ProfanitiesMethod.REPLACE, List.of(), 0, false, false, false);
        Room room = Room.register(new RoomId(new UUID(1, 1)), new OrganizationId(1), settings,
                new SigningKey("DqtSOLRu1ZzpUeqmr6VTesspHJ0hMGxJ"), NOW);
        return ModerationPolicy.moderate(room, new Sender("u", Optional.empty(), false), new MessageBody(text),
                SenderHistory.none(), NOW).text();
    }

    @Test
    void refusesListedWordsMadeOnlyOfTheMask() {
        for (String word : List.of("*", "**", "***")) {
            assertRefused("profanities", () -> new RoomSettings("live", 10, false, RoomSettings.DEFAULT_DOMAINS, false, "",
                    List.of("bad", word), ProfanitiesMethod.REPLACE, List.of(), 0, false, false, false));
        }
    }

    @Test
    void repeatingAMessageThatWasMaskedIsStillARepeat() {
        RoomSettings settings = new RoomSettings("live", 10, false, RoomSettings.DEFAULT_DOMAINS, false, "", List.of("bad"),
                ProfanitiesMethod.REPLACE, List.of(), 0, false, false, false);
        Room room = Room.register(new RoomId(new UUID(1, 1)), new OrganizationId(1), settings,
                new SigningKey("DqtSOLRu1ZzpUeqmr6VTesspHJ0hMGxJ"), NOW);
        SenderHistory afterFirst = new SenderHistory(Optional.of("*** word"), Optional.of(NOW.minusSeconds(5)));

        assertThatThrownBy(() -> ModerationPolicy.moderate(room, new Sender("u", Optional.empty(), false),
                new MessageBody("BAD word"), afterFirst, NOW))
                .isInstanceOfSatisfying(MessageRejected.class, e -> assertThat(e.reason()).isEqualTo(RejectionReason.REPEATED));
    }

    @Test
    void aTopLevelDomainMustEndTheHostToCountAsALink() {
        assertThat(stored(List.of(), "see notes.company for details")).isEqualTo("see notes.company for details");
        assertThat(stored(List.of(), "go to example.com/live now")).isEqualTo("go to *** now");
        assertThat(stored(List.of(), "visit https://example.org")).isEqualTo("visit ***");
    }
}
