package dev.parley.adapter.persistence.export;

import static dev.parley.adapter.persistence.jooq.Tables.COURSES;
import static dev.parley.adapter.persistence.jooq.Tables.COURSE_COMPLETIONS;
import static dev.parley.adapter.persistence.jooq.Tables.ENROLLMENTS;
import static dev.parley.adapter.persistence.jooq.Tables.ITEM_COMPLETIONS;
import static dev.parley.adapter.persistence.jooq.Tables.LEARNING_ATTEMPTS;
import static dev.parley.adapter.persistence.jooq.Tables.LESSONS;
import static dev.parley.adapter.persistence.jooq.Tables.LESSON_COMPLETIONS;
import static dev.parley.adapter.persistence.jooq.Tables.TICKETS;
import static dev.parley.adapter.persistence.jooq.Tables.TRAININGS;
import static dev.parley.adapter.persistence.jooq.Tables.TRAINING_COMPLETIONS;
import static dev.parley.adapter.persistence.jooq.Tables.TRAINING_ITEMS;
import static dev.parley.adapter.persistence.jooq.Tables.USERS;

import dev.parley.application.export.port.out.ExportRowSource;
import dev.parley.application.export.port.out.ExportSink;
import dev.parley.application.shared.port.out.Transactions;
import dev.parley.domain.export.ExportFilters;
import dev.parley.domain.export.ExportType;
import dev.parley.domain.shared.OrganizationId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.postgresql.PGStatement;

/**
 * Streams export rows from PostgreSQL through a server-side cursor ({@code fetchSize} inside a transaction), so memory
 * stays flat whatever the row count. Every query is restricted to the organization in SQL. Dates filter the row's own
 * time (last activity, completion, attempt, ticket creation) as whole UTC days, both ends included.
 *
 * <p>Columns: learner_progress is one row per enrolment with the course's lesson count and the learner's completed
 * lessons, completed items and XP earned in that course; completions lists completed trainings, lessons and courses;
 * activity lists graded attempts; tickets show their ids as the helpdesk does ({@code tkt_...}) and their tags joined
 * by commas.
 */
public final class JooqExportRowSource implements ExportRowSource {
    static final int FETCH_SIZE = 5000;
    /** PgJDBC's prepare threshold that prepares the statement on the server at once and asks for binary results. */
    private static final int FORCE_BINARY = -1;

    private final DSLContext dsl;
    private final Transactions transactions;

    public JooqExportRowSource(DSLContext dsl, Transactions transactions) {
        this.dsl = dsl.configuration().deriveAppending(ExecuteListener.onPrepareEnd(JooqExportRowSource::inBinary)).dsl();
        this.transactions = transactions;
    }

    /**
     * Asks PostgreSQL for binary values where the driver reads them (timestamps, UUIDs, numbers): the server then sends
     * a timestamp's eight bytes instead of formatting it in the session's time zone, which two timestamps a row make
     * count on the server's side of the export, and the reading side has less to parse.
     */
    private static void inBinary(ExecuteContext context) {
        try {
            PreparedStatement statement = context.statement();
            if (statement != null && statement.isWrapperFor(PGStatement.class)) {
                statement.unwrap(PGStatement.class).setPrepareThreshold(FORCE_BINARY);
            }
        } catch (SQLException e) {
            throw new DataAccessException("could not ask for binary export values", e);
        }
    }

    /** Reads the JDBC result set column by column: jOOQ's records and converters cost more per row than the writing. */
    @Override
    public void stream(OrganizationId org, ExportType type, ExportFilters filters, ExportSink sink) {
        transactions.run(() -> {
            ResultQuery<? extends Record> query = query(org.value(), type, filters);
            List<ExportColumn> columns = Arrays.stream(query.fields()).map(field -> ExportColumn.of(field.getType())).toList();
            try (ResultSet results = query.fetchSize(FETCH_SIZE).fetchResultSet()) {
                int size = columns.size();
                while (results.next()) {
                    String[] cells = new String[size];
                    for (int i = 0; i < size; i++) {
                        cells[i] = columns.get(i).read(results, i + 1);
                    }
                    sink.row(Arrays.asList(cells));
                }
            } catch (SQLException e) {
                throw new DataAccessException("could not read the export's rows", e);
            }
        });
    }

    @Override
    public boolean hasCourse(OrganizationId org, long courseId) {
        return dsl.fetchExists(COURSES, COURSES.ORGANIZATION_ID.eq(org.value()), COURSES.ID.eq(courseId));
    }

    private ResultQuery<? extends Record> query(long org, ExportType type, ExportFilters filters) {
        return switch (type) {
            case LEARNER_PROGRESS -> learnerProgress(org, filters);
            case COMPLETIONS -> completions(org, filters);
            case ACTIVITY -> activity(org, filters);
            case TICKETS -> tickets(org, filters);
        };
    }

    private ResultQuery<? extends Record> learnerProgress(long org, ExportFilters filters) {
        var lessonsCompleted = DSL.selectCount().from(LESSON_COMPLETIONS)
                .join(LESSONS).on(LESSONS.ID.eq(LESSON_COMPLETIONS.LESSON_ID))
                .where(LESSON_COMPLETIONS.ORGANIZATION_ID.eq(org), LESSON_COMPLETIONS.USER_ID.eq(ENROLLMENTS.USER_ID),
                        LESSONS.COURSE_ID.eq(ENROLLMENTS.COURSE_ID));
        var lessonsTotal = DSL.selectCount().from(LESSONS)
                .where(LESSONS.ORGANIZATION_ID.eq(org), LESSONS.COURSE_ID.eq(ENROLLMENTS.COURSE_ID));
        var itemsCompleted = DSL.selectCount().from(ITEM_COMPLETIONS)
                .join(TRAINING_ITEMS).on(TRAINING_ITEMS.ID.eq(ITEM_COMPLETIONS.ITEM_ID))
                .join(TRAININGS).on(TRAININGS.ID.eq(TRAINING_ITEMS.TRAINING_ID))
                .join(LESSONS).on(LESSONS.ID.eq(TRAININGS.LESSON_ID))
                .where(ITEM_COMPLETIONS.ORGANIZATION_ID.eq(org), ITEM_COMPLETIONS.USER_ID.eq(ENROLLMENTS.USER_ID),
                        LESSONS.COURSE_ID.eq(ENROLLMENTS.COURSE_ID));
        var xp = DSL.select(DSL.coalesce(DSL.sum(LEARNING_ATTEMPTS.XP_AWARDED), DSL.inline(java.math.BigDecimal.ZERO)))
                .from(LEARNING_ATTEMPTS)
                .join(TRAINING_ITEMS).on(TRAINING_ITEMS.ID.eq(LEARNING_ATTEMPTS.ITEM_ID))
                .join(TRAININGS).on(TRAININGS.ID.eq(TRAINING_ITEMS.TRAINING_ID))
                .join(LESSONS).on(LESSONS.ID.eq(TRAININGS.LESSON_ID))
                .where(LEARNING_ATTEMPTS.ORGANIZATION_ID.eq(org), LEARNING_ATTEMPTS.USER_ID.eq(ENROLLMENTS.USER_ID),
                        LESSONS.COURSE_ID.eq(ENROLLMENTS.COURSE_ID));
        Condition course = filters.courseId().map(id -> ENROLLMENTS.COURSE_ID.eq(id)).orElse(DSL.noCondition());
        return dsl.select(ENROLLMENTS.USER_ID, USERS.NAME, USERS.EMAIL, ENROLLMENTS.COURSE_ID, COURSES.SLUG,
                        DSL.field(lessonsCompleted), DSL.field(lessonsTotal), DSL.field(itemsCompleted), DSL.field(xp),
                        ENROLLMENTS.LAST_ACTIVITY_AT)
                .from(ENROLLMENTS)
                .join(USERS).on(USERS.ORGANIZATION_ID.eq(ENROLLMENTS.ORGANIZATION_ID), USERS.ID.eq(ENROLLMENTS.USER_ID))
                .join(COURSES).on(COURSES.ORGANIZATION_ID.eq(ENROLLMENTS.ORGANIZATION_ID), COURSES.ID.eq(ENROLLMENTS.COURSE_ID))
                .where(ENROLLMENTS.ORGANIZATION_ID.eq(org), course, within(ENROLLMENTS.LAST_ACTIVITY_AT, filters))
                .orderBy(ENROLLMENTS.USER_ID, ENROLLMENTS.COURSE_ID);
    }

    private ResultQuery<? extends Record> completions(long org, ExportFilters filters) {
        var trainingLesson = LESSONS.as("training_lesson");
        var trainings = DSL.select(TRAINING_COMPLETIONS.USER_ID, USERS.EMAIL, DSL.inline("training").as("scope"),
                        TRAINING_COMPLETIONS.TRAINING_ID.as("id"), TRAININGS.TITLE.as("title"), TRAINING_COMPLETIONS.COMPLETED_AT)
                .from(TRAINING_COMPLETIONS)
                .join(USERS).on(USERS.ORGANIZATION_ID.eq(TRAINING_COMPLETIONS.ORGANIZATION_ID), USERS.ID.eq(TRAINING_COMPLETIONS.USER_ID))
                .join(TRAININGS).on(TRAININGS.ID.eq(TRAINING_COMPLETIONS.TRAINING_ID))
                .join(trainingLesson).on(trainingLesson.ID.eq(TRAININGS.LESSON_ID))
                .where(TRAINING_COMPLETIONS.ORGANIZATION_ID.eq(org), within(TRAINING_COMPLETIONS.COMPLETED_AT, filters),
                        filters.courseId().map(id -> trainingLesson.COURSE_ID.eq(id)).orElse(DSL.noCondition()));
        var lessons = DSL.select(LESSON_COMPLETIONS.USER_ID, USERS.EMAIL, DSL.inline("lesson").as("scope"),
                        LESSON_COMPLETIONS.LESSON_ID.as("id"), LESSONS.TITLE.as("title"), LESSON_COMPLETIONS.COMPLETED_AT)
                .from(LESSON_COMPLETIONS)
                .join(USERS).on(USERS.ORGANIZATION_ID.eq(LESSON_COMPLETIONS.ORGANIZATION_ID), USERS.ID.eq(LESSON_COMPLETIONS.USER_ID))
                .join(LESSONS).on(LESSONS.ID.eq(LESSON_COMPLETIONS.LESSON_ID))
                .where(LESSON_COMPLETIONS.ORGANIZATION_ID.eq(org), within(LESSON_COMPLETIONS.COMPLETED_AT, filters),
                        filters.courseId().map(id -> LESSONS.COURSE_ID.eq(id)).orElse(DSL.noCondition()));
        var courses = DSL.select(COURSE_COMPLETIONS.USER_ID, USERS.EMAIL, DSL.inline("course").as("scope"),
                        COURSE_COMPLETIONS.COURSE_ID.as("id"), COURSES.TITLE.as("title"), COURSE_COMPLETIONS.COMPLETED_AT)
                .from(COURSE_COMPLETIONS)
                .join(USERS).on(USERS.ORGANIZATION_ID.eq(COURSE_COMPLETIONS.ORGANIZATION_ID), USERS.ID.eq(COURSE_COMPLETIONS.USER_ID))
                .join(COURSES).on(COURSES.ID.eq(COURSE_COMPLETIONS.COURSE_ID))
                .where(COURSE_COMPLETIONS.ORGANIZATION_ID.eq(org), within(COURSE_COMPLETIONS.COMPLETED_AT, filters),
                        filters.courseId().map(id -> COURSE_COMPLETIONS.COURSE_ID.eq(id)).orElse(DSL.noCondition()));
        var all = trainings.unionAll(lessons).unionAll(courses).asTable("completion");
        return dsl.selectFrom(all).orderBy(all.field(5), all.field(0), all.field(2), all.field(3));
    }

    private ResultQuery<? extends Record> activity(long org, ExportFilters filters) {
        Condition course = filters.courseId().map(id -> LEARNING_ATTEMPTS.ITEM_ID.in(DSL.select(TRAINING_ITEMS.ID)
                .from(TRAINING_ITEMS)
                .join(TRAININGS).on(TRAININGS.ID.eq(TRAINING_ITEMS.TRAINING_ID))
                .join(LESSONS).on(LESSONS.ID.eq(TRAININGS.LESSON_ID))
                .where(TRAINING_ITEMS.ORGANIZATION_ID.eq(org), LESSONS.COURSE_ID.eq(id)))).orElse(DSL.noCondition());
        return dsl.select(LEARNING_ATTEMPTS.ID, LEARNING_ATTEMPTS.USER_ID, LEARNING_ATTEMPTS.ITEM_ID, LEARNING_ATTEMPTS.SKILL,
                        LEARNING_ATTEMPTS.CEFR_LEVEL, LEARNING_ATTEMPTS.CORRECT, LEARNING_ATTEMPTS.SCORE, LEARNING_ATTEMPTS.XP_AWARDED,
                        LEARNING_ATTEMPTS.DURATION_MS, LEARNING_ATTEMPTS.ATTEMPTED_AT)
                .from(LEARNING_ATTEMPTS)
                .where(LEARNING_ATTEMPTS.ORGANIZATION_ID.eq(org), within(LEARNING_ATTEMPTS.ATTEMPTED_AT, filters), course)
                .orderBy(LEARNING_ATTEMPTS.ATTEMPTED_AT, LEARNING_ATTEMPTS.ID);
    }

    private ResultQuery<? extends Record> tickets(long org, ExportFilters filters) {
        return dsl.select(TICKETS.ID, TICKETS.SUBJECT, TICKETS.STATUS, TICKETS.CHANNEL, TICKETS.CUSTOMER_NAME,
                        TICKETS.CUSTOMER_EMAIL, DSL.field("array_to_string({0}, ',')", String.class, TICKETS.TAGS),
                        TICKETS.CREATED_AT, TICKETS.UPDATED_AT)
                .from(TICKETS)
                .where(TICKETS.ORGANIZATION_ID.eq(org), within(TICKETS.CREATED_AT, filters))
                .orderBy(TICKETS.CREATED_AT, TICKETS.ID);
    }

    private static Condition within(Field<Instant> time, ExportFilters filters) {
        Condition from = filters.from().map(day -> time.ge(startOf(day))).orElse(DSL.noCondition());
        Condition to = filters.to().map(day -> time.lt(startOf(day.plusDays(1)))).orElse(DSL.noCondition());
        return from.and(to);
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
