package dev.parley.adapter.http.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.shared.InvalidInput;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
    void readsLongIntegersAndRefusesEverythingElse() {
        JsonBody body = JsonBody.parse("{\"id\":9007199254740991,\"small\":3,\"f\":1.0,\"s\":\"1\",\"huge\":99999999999999999999}");

        assertThat(body.longInteger("id")).contains(9007199254740991L);
        assertThat(body.longInteger("small")).contains(3L);
        assertThat(body.longInteger("missing")).isEmpty();
        for (String field : List.of("f", "s", "huge")) {
            assertThatThrownBy(() -> body.longInteger(field)).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo(field));
        }
    }

    @Test
    void handsOverAnyValueAsPlainJavaData() {
        JsonBody body = JsonBody.parse("{\"o\":{\"a\":[1,2.5,\"x\",true,null,{\"b\":[]}]},\"t\":\"x\",\"n\":null}");

        assertThat(body.plain("o")).contains(Map.of("a", Arrays.asList(1, 2.5, "x", true, null, Map.of("b", List.of()))));
        assertThat(body.plain("t")).contains("x");
        assertThat(body.plain("n")).isEmpty();
        assertThat(body.plain("missing")).isEmpty();
    }

    @Test
    void refusesMalformedNonObjectAndDuplicateKeyBodies() {
        for (String raw : List.of("{", "[1]", "\"text\"", "", "{\"a\":1,\"a\":2}")) {
            assertThatThrownBy(() -> JsonBody.parse(raw)).as(raw).isInstanceOf(HttpFailure.class);
        }
    }
}
