package dev.parley.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

class ResponseExcerptTest {

    @Example
    void keepsAShortBodyAsItIs() {
        assertThat(ResponseExcerpt.of("{\"ok\":true}".getBytes(StandardCharsets.UTF_8))).isEqualTo("{\"ok\":true}");
        assertThat(ResponseExcerpt.of(new byte[0])).isEmpty();
    }

    @Example
    void keepsTheFirstFourKibibytes() {
        byte[] body = "a".repeat(10_000).getBytes(StandardCharsets.UTF_8);

        assertThat(ResponseExcerpt.of(body)).isEqualTo("a".repeat(4096));
    }

    @Example
    void neverCutsACharacterInHalf() {
        String text = "a" + "€".repeat(2000);

        String excerpt = ResponseExcerpt.of(text.getBytes(StandardCharsets.UTF_8));

        assertThat(excerpt).isEqualTo("a" + "€".repeat(1365)).doesNotContain("\uFFFD");
        assertThat(ResponseExcerpt.truncate("😀".repeat(2000))).isEqualTo("😀".repeat(1024));
    }

    @Example
    void replacesNulAndBytesThatAreNotUtf8() {
        assertThat(ResponseExcerpt.of(new byte[] {'o', 0, 'k', (byte) 0xff})).isEqualTo("o\uFFFDk\uFFFD");
        assertThat(ResponseExcerpt.truncate("a\uD800b")).isEqualTo("a\uFFFDb");
    }

    @Property
    void anyBodyGivesAtMostFourKibibytesOfValidUtf8(@ForAll @Size(max = 9000) byte[] body) {
        String excerpt = ResponseExcerpt.of(body);
        byte[] encoded = excerpt.getBytes(StandardCharsets.UTF_8);

        assertThat(encoded.length).isLessThanOrEqualTo(ResponseExcerpt.MAX_BYTES);
        assertThat(new String(encoded, StandardCharsets.UTF_8)).isEqualTo(excerpt).doesNotContain("\u0000");
    }

    @Property
    void aValidUtf8BodyIsKeptAsAPrefix(@ForAll @Size(max = 3000) String text) {
        String clean = text.replace('\u0000', ' ');
        byte[] body = clean.getBytes(StandardCharsets.UTF_8);
        String decoded = new String(body, StandardCharsets.UTF_8);

        String excerpt = ResponseExcerpt.of(body);

        assertThat(decoded).startsWith(excerpt);
        assertThat(excerpt.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(Math.min(body.length, ResponseExcerpt.MAX_BYTES) - 4);
        assertThat(Arrays.equals(excerpt.getBytes(StandardCharsets.UTF_8), body)).isEqualTo(body.length <= ResponseExcerpt.MAX_BYTES);
    }
}
