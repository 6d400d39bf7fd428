package dev.parley.bootstrap.support;

import static org.assertj.core.api.Assertions.assertThat;

/** Creates rooms over the API for live chat tests. */
public final class Rooms {
    private Rooms() {
    }

    /** Registers a room and returns its id, failing the test if registration fails. */
    public static String create(ApiClient api, String token, String body) {
        ApiResponse created = api.post("/v1/rooms", token, body);
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        return created.json().get("id").asText();
    }
}
