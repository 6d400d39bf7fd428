package dev.parley.application.contract;

import dev.parley.domain.learning.CefrLevel;
import dev.parley.domain.learning.Course;
import dev.parley.domain.learning.CourseDetails;
import dev.parley.domain.learning.CourseId;
import dev.parley.domain.learning.CourseSlug;
import dev.parley.domain.learning.CourseStatus;
import dev.parley.domain.learning.ItemSettings;
import dev.parley.domain.learning.LanguageTag;
import dev.parley.domain.learning.Lesson;
import dev.parley.domain.learning.LessonId;
import dev.parley.domain.learning.Position;
import dev.parley.domain.learning.Skill;
import dev.parley.domain.learning.Title;
import dev.parley.domain.learning.Training;
import dev.parley.domain.learning.TrainingId;
import dev.parley.domain.learning.TrainingItem;
import dev.parley.domain.learning.TrainingItemId;
import dev.parley.domain.learning.TrainingKind;
import dev.parley.domain.learning.Xp;
import dev.parley.domain.learning.exercise.Exercise;
import dev.parley.domain.learning.exercise.ItemType;
import dev.parley.domain.shared.OrganizationId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds the courses, lessons, trainings and items the learning contract suites store. */
public final class LearningSeed {
    private LearningSeed() {
    }

    public static CourseDetails details(String slug, String title, String language, CefrLevel level) {
        return new CourseDetails(new CourseSlug(slug), new Title(title), Optional.of("Über " + title + " — 日本語で"),
                new LanguageTag(language), new LanguageTag("ja"), level);
    }

    /** A new, unsaved draft course. */
    public static Course course(OrganizationId org, long id, String slug, Instant at) {
        return course(org, id, details(slug, "Course " + slug, "en", CefrLevel.A1), CourseStatus.DRAFT, at);
    }

    public static Course course(OrganizationId org, long id, CourseDetails details, CourseStatus status, Instant at) {
        return Course.create(new CourseId(id), org, details, status, at);
    }

    public static Lesson lesson(OrganizationId org, long id, CourseId course, int position, Instant at) {
        return Lesson.create(new LessonId(id), org, course, new Title("Lesson " + id), new Position(position), at);
    }

    public static Training training(OrganizationId org, long id, LessonId lesson, int position, Instant at) {
        return Training.create(new TrainingId(id), org, lesson, new Title("Training " + id), new TrainingKind("practice"),
                new Position(position), at);
    }

    /** A new, unsaved multiple-choice item. */
    public static TrainingItem item(OrganizationId org, long id, TrainingId training, int position, Instant at) {
        return item(org, id, training, EXERCISES.get(ItemType.MULTIPLE_CHOICE), position, at);
    }

    public static TrainingItem item(OrganizationId org, long id, TrainingId training, Exercise exercise, int position, Instant at) {
        return TrainingItem.create(new TrainingItemId(id), org, training,
                new ItemSettings(exercise, Skill.VOCABULARY, CefrLevel.A2, new Xp(15)), new Position(position), at);
    }

    /** One exercise of every type, with content beyond ASCII. */
    public static final Map<ItemType, Exercise> EXERCISES = Map.of(
            ItemType.MULTIPLE_CHOICE, Exercise.parse(ItemType.MULTIPLE_CHOICE,
                    Map.of("prompt", "「犬」は英語で?", "choices", List.of("cat", "dog", "bird")), Map.of("correct_index", 1)),
            ItemType.FILL_BLANK, Exercise.parse(ItemType.FILL_BLANK, Map.of("prompt", "I ___ a student."),
                    Map.of("accepted", List.of("am", "'m"))),
            ItemType.TRANSLATE, Exercise.parse(ItemType.TRANSLATE, Map.of("prompt", "おはようございます"),
                    Map.of("accepted", List.of("Good morning"))),
            ItemType.MATCH_PAIRS, Exercise.parse(ItemType.MATCH_PAIRS,
                    Map.of("left", List.of("dog", "cat", "bird"), "right", List.of("鳥", "犬", "猫")),
                    Map.of("pairs", List.of(List.of(0, 1), List.of(1, 2), List.of(2, 0)))),
            ItemType.LISTEN_SELECT, Exercise.parse(ItemType.LISTEN_SELECT,
                    Map.of("prompt", "What did you hear?", "choices", List.of("hashi", "hashi?"),
                            "audio_url", "https://cdn.example.com/audio/hashi.mp3"), Map.of("correct_index", 0)),
            ItemType.FLASHCARD, Exercise.parse(ItemType.FLASHCARD, Map.of("front", "ありがとう", "back", "Thank you"), null),
            ItemType.SPEAK_REPEAT, Exercise.parse(ItemType.SPEAK_REPEAT, Map.of("prompt", "Repeat: すみません"), null),
            ItemType.FREE_TEXT, Exercise.parse(ItemType.FREE_TEXT, Map.of("prompt", "Describe your town."), null));
}
