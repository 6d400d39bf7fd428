package dev.parley.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class JsonTextTest {

    @Example
    void writesNestedPlainDataCompactlyInTheMapsOrder() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("z", 1);
        data.put("a", List.of(true, false, 2.5, 9_007_199_254_740_993L, new BigDecimal("0.10")));
        data.put("m", Map.of("k", "v"));
        data.put("nothing", null);
        data.put("empty", List.of());

        assertThat(JsonText.write(data))
                .isEqualTo("{\"z\":1,\"a\":[true,false,2.5,9007199254740993,0.10],\"m\":{\"k\":\"v\"},\"nothing\":null,\"empty\":[]}");
    }

    @Example
    void escapesQuotesBackslashesAndControlCharacters() {
        assertThat(JsonText.quote("say \"hi\"\\ \n\r\t\b\f \u0000\u001f \u2028 é 😀"))
                .isEqualTo("\"say \\\"hi\\\"\\\\ \\n\\r\\t\\b\\f \\u0000\\u001f \\u2028 é 😀\"");
    }

    @Example
    void refusesWhatJsonCannotHold() {
        assertThatThrownBy(() -> JsonText.write(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonText.write(Float.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonText.write(new Object())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonText.write(Map.of(1, "x"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void aQuotedStringHasNoRawControlCharactersAndUnquotesToItself(@ForAll String text) {
        String quoted = JsonText.quote(text);

        assertThat(quoted.chars().filter(c -> c < 0x20)).isEmpty();
        assertThat(unquote(quoted)).isEqualTo(text);
    }

    @Example
    void listsWithNullsStayLists() {
        assertThat(JsonText.write(Arrays.asList("a", null))).isEqualTo("[\"a\",null]");
    }

    private static String unquote(String quoted) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i < quoted.length() - 1; i++) {
            char c = quoted.charAt(i);
            if (c != '\\') {
                text.append(c);
                continue;
            }
            char escaped = quoted.charAt(++i);
            switch (escaped) {
                case 'n' -> text.append('\n');
                case 'r' -> text.append('\r');
                case 't' -> text.append('\t');
                case 'b' -> text.append('\b');
                case 'f' -> text.append('\f');
                case 'u' -> {
                    text.append((char) Integer.parseInt(quoted.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> text.append(escaped);
            }
        }
        return text.toString();
    }
}
