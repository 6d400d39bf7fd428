package dev.parley.bootstrap.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpHeaders;

/** A response as a test sees it: status, headers, raw body and the body as JSON. */
public record ApiResponse(int status, HttpHeaders headers, String body) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public JsonNode json() {
        try {
            return MAPPER.readTree(body);
        } catch (Exception e) {
            throw new AssertionError("response is not JSON: " + body, e);
        }
    }

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }
}
