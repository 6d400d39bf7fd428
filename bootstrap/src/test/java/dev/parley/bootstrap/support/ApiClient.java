package dev.parley.bootstrap.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Drives the real server over HTTP and checks every API response against its surface's OpenAPI document. */
public final class ApiClient {
    private static final Map<String, OpenApiContract> CONTRACTS = new HashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    public ApiClient(int port) {
        this.baseUrl = "http://127.0.0.1:" + port;
    }

    public ApiResponse get(String path, String token) {
        return send("GET", path, token, null, Map.of());
    }

    public ApiResponse post(String path, String token, String json) {
        return send("POST", path, token, json, Map.of());
    }

    public ApiResponse patch(String path, String token, String json) {
        return send("PATCH", path, token, json, Map.of());
    }

    public ApiResponse delete(String path, String token) {
        return send("DELETE", path, token, null, Map.of());
    }

    /** Sends a request and checks the response against the OpenAPI document of the path's surface. */
    public ApiResponse send(String method, String path, String token, String json, Map<String, String> headers) {
        ApiResponse response = sendUnchecked(method, path, token, json, headers);
        contractFor(path).ifPresentOrElse(
                contract -> contract.assertResponseMatches(method, path, response.status(), flatHeaders(response), response.body()),
                () -> { });
        return response;
    }

    /** Sends a request without the OpenAPI check, for routes no document describes (unknown paths, system routes). */
    public ApiResponse sendUnchecked(String method, String path, String token, String json, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach((name, value) -> {
            if (name.equalsIgnoreCase("Expect")) {
                request.expectContinue(true);
            } else {
                request.header(name, value);
            }
        });
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new ApiResponse(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new AssertionError(method + " " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static Optional<OpenApiContract> contractFor(String path) {
        String surface = path.startsWith("/v1/tickets") ? "helpdesk"
                : path.startsWith("/v1/rooms") ? "livechat"
                : path.startsWith("/api/") ? "b2b"
                : null;
        if (surface == null) {
            return Optional.empty();
        }
        synchronized (CONTRACTS) {
            return Optional.of(CONTRACTS.computeIfAbsent(surface, OpenApiContract::load));
        }
    }

    private static Map<String, String> flatHeaders(ApiResponse response) {
        Map<String, String> flat = new LinkedHashMap<>();
        response.headers().map().forEach((name, values) -> flat.put(name, String.join(",", values)));
        return flat;
    }

    /** A JSON string literal, for building request bodies by hand. */
    public static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

}
