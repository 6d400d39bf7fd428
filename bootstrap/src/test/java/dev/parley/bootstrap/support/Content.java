package dev.parley.bootstrap.support;

import static dev.parley.bootstrap.support.ApiClient.quote;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

/** Creates courses, lessons, trainings and items over the API for the learning content tests. */
public final class Content {
    private final ApiClient api;
    private final String token;

    public Content(ApiClient api, String token) {
        this.api = api;
        this.token = token;
    }

    /** Creates a course from a full body and returns it, failing the test if creation fails. */
    public JsonNode courseFrom(String body) {
        return created("/api/courses", body);
    }

    /** Creates a draft course with this slug, teaching English to Japanese speakers at A1. */
    public long course(String slug) {
        return courseFrom(courseBody(slug, "draft")).get("id").asLong();
    }

    public static String courseBody(String slug, String status) {
        return """
                {"slug": %s, "title": "Course %s", "language": "en", "source_language": "ja", "cefr_level": "A1", "status": "%s"}"""
                .formatted(quote(slug), slug, status);
    }

    public long lesson(long course, String title) {
        return created("/api/lessons", "{\"course_id\": " + course + ", \"title\": " + quote(title) + "}").get("id").asLong();
    }

    public long training(long lesson, String title) {
        return created("/api/trainings", "{\"lesson_id\": " + lesson + ", \"title\": " + quote(title) + ", \"kind\": \"practice\"}")
                .get("id").asLong();
    }

    /** Creates a multiple-choice item whose right answer is the second choice. */
    public long item(long training) {
        return created("/api/trainingItems", multipleChoice(training)).get("id").asLong();
    }

    public static String multipleChoice(long training) {
        return """
                {"training_id": %d, "type": "multiple_choice", "skill": "vocabulary", "cefr_level": "A1",
                 "content": {"prompt": "「犬」は英語で?", "choices": ["cat", "dog", "bird"]}, "solution": {"correct_index": 1}}"""
                .formatted(training);
    }

    public JsonNode created(String path, String body) {
        ApiResponse response = api.post(path, token, body);
        assertThat(response.status()).as(path + " " + body + " -> " + response.body()).isEqualTo(201);
        return response.json().get("data");
    }
}
