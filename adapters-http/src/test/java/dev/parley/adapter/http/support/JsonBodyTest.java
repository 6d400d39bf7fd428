package dev.parley.adapter.http.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.shared.InvalidInput;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonBodyTest {
    @Test
    void readsTypedFieldsAndNestedObjects() {
        JsonBody body = JsonBody.parse("{\"a\":\"x\",\"b\":true,\"c\":[\"1\",\"2\"],\"d\":{\"e\":\"y\"},\"n\":null,\"unknown\":5}");

        assertThat(body.requiredText("a")).isEqualTo("x");
        assertThat(body.bool("b")).contains(true);
        assertThat(body.textList("c")).contains(List.of("1", "2"));
        assertThat(body.requiredObject("d").requiredText("e")).isEqualTo("y");
        assertThat(body.isNull("n")).isTrue();
        assertThat(body.text("n")).isEmpty();
        assertThat(body.text("missing")).isEmpty();
    }

    @Test
    void refusesWrongTypesNamingTheFullFieldPath() {
        JsonBody body = JsonBody.parse("{\"a\":1,\"d\":{\"e\":[]}}");

        assertThatThrownBy(() -> body.text("a")).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("a"));
        assertThatThrownBy(() -> body.requiredObject("d").text("e"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("d.e"));
        assertThatThrownBy(() -> body.requiredText("zzz"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.reason()).isEqualTo("is required"));
    }

    @Test
    void refusesMalformedNonObjectAndDuplicateKeyBodies() {
        for (String raw : List.of("{", "[1]", "\"text\"", "", "{\"a\":1,\"a\":2}")) {
            assertThatThrownBy(() -> JsonBody.parse(raw)).as(raw).isInstanceOf(HttpFailure.class);
        }
    }
}
