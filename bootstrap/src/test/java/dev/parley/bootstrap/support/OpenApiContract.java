package dev.parley.bootstrap.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One surface's OpenAPI document, as the server serves it from {@code openapi/<surface>.json} on the classpath,
 * used to check that a response is exactly what the document promises.
 *
 * <p>Every validation message counts as a failure: a response body with a key the schema does not list
 * ({@code additionalProperties: false}), a missing required header, and a status, method or path the document
 * does not define all fail the assertion.
 */
public final class OpenApiContract {
    private final String resource;
    private final OpenAPI document;
    private final OpenApiInteractionValidator validator;

    private OpenApiContract(String resource, OpenAPI document, OpenApiInteractionValidator validator) {
        this.resource = resource;
        this.document = document;
        this.validator = validator;
    }

    /** Loads {@code openapi/<surface>.json}; refuses a document the OpenAPI parser reports any problem with. */
    public static OpenApiContract load(String surface) {
        String resource = "openapi/" + surface + ".json";
        OpenAPI document = parse(resource);
        OpenApiInteractionValidator validator = OpenApiInteractionValidator.createFor(document)
                .withLevelResolver(LevelResolver.create().withDefaultLevel(ValidationReport.Level.ERROR).build())
                .withStrictOperationPathMatching()
                .build();
        return new OpenApiContract(resource, document, validator);
    }

    /** The parsed document with every {@code $ref} resolved in place. */
    public OpenAPI document() {
        return document;
    }

    /**
     * Fails with every validation message unless the document defines this response for {@code method} on the
     * path. The query string, if any, is ignored: the document's paths and responses do not depend on it.
     *
     * @param pathWithQuery the request target as sent, such as {@code /v1/tickets?status=open}
     * @param headers       the response headers (names in any case); include {@code Content-Type} when there is a body
     * @param body          the response body, or {@code null} or empty when there is none
     */
    public void assertResponseMatches(String method, String pathWithQuery, int status, Map<String, String> headers,
                                      String body) {
        String path = withoutQuery(pathWithQuery);
        SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
        headers.forEach(response::withHeader);
        if (body != null && !body.isEmpty()) {
            response.withBody(body);
        }
        Request.Method requestMethod = Request.Method.valueOf(method.toUpperCase(Locale.ROOT));
        List<ValidationReport.Message> problems = validator.validateResponse(path, requestMethod, response.build())
                .getMessages().stream()
                .filter(message -> message.getLevel() != ValidationReport.Level.IGNORE)
                .toList();
        if (!problems.isEmpty()) {
            throw new AssertionError(method + " " + pathWithQuery + " -> " + status + " does not match " + resource
                    + ":\n" + describe(problems) + "\nbody: " + body);
        }
    }

    private static String withoutQuery(String pathWithQuery) {
        int query = pathWithQuery.indexOf('?');
        return query < 0 ? pathWithQuery : pathWithQuery.substring(0, query);
    }

    private static String describe(List<ValidationReport.Message> messages) {
        return messages.stream()
                .map(message -> "  - " + message.getKey() + ": " + message.getMessage()
                        + message.getAdditionalInfo().stream().map(info -> "\n      " + info).collect(Collectors.joining()))
                .collect(Collectors.joining("\n"));
    }

    private static OpenAPI parse(String resource) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(readClasspath(resource), null, options);
        List<String> problems = result.getOpenAPI() == null && result.getMessages().isEmpty()
                ? List.of("the parser could not read it")
                : result.getMessages();
        if (!problems.isEmpty()) {
            throw new IllegalStateException(resource + " is not a clean OpenAPI document:\n  - "
                    + String.join("\n  - ", problems));
        }
        return result.getOpenAPI();
    }

    private static String readClasspath(String resource) {
        try (InputStream in = OpenApiContract.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no " + resource + " on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
