package dev.parley.adapter.persistence.webhook;

import dev.parley.adapter.persistence.shared.InstantConverter;
import dev.parley.application.webhook.port.out.AttemptResult;
import dev.parley.application.webhook.port.out.Settlement;
import dev.parley.domain.webhook.DeliveryError;
import dev.parley.domain.webhook.DeliveryOutcome;
import dev.parley.domain.webhook.DeliveryStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Attempt results as one array per column, bound in the order the recording statement unnests them. Ids go as text and
 * times as microseconds since 1970, both of which pgjdbc sends in binary (see {@link InstantConverter#epochMicros}).
 */
record AttemptColumns(String[] ids, String[] owners, Integer[] attemptNumbers, String[] statuses, Long[] retryAt,
                      Long[] finishedAt, Long[] startedAt, Integer[] statusCodes, String[] errorClasses,
                      Integer[] latenciesMillis, String[] excerpts, Boolean[] tests) {

    static AttemptColumns of(List<AttemptResult> results) {
        int count = results.size();
        AttemptColumns columns = new AttemptColumns(new String[count], new String[count], new Integer[count], new String[count],
                new Long[count], new Long[count], new Long[count], new Integer[count], new String[count],
                new Integer[count], new String[count], new Boolean[count]);
        for (int i = 0; i < count; i++) {
            columns.set(i, results.get(i));
        }
        return columns;
    }

    private void set(int i, AttemptResult result) {
        Settlement next = result.next();
        boolean pending = next.status() == DeliveryStatus.PENDING;
        DeliveryOutcome outcome = result.attempt().outcome();
        ids[i] = result.lease().delivery().value().toString();
        owners[i] = result.lease().owner();
        attemptNumbers[i] = result.lease().attemptNumber();
        statuses[i] = next.status().wireName();
        retryAt[i] = pending ? InstantConverter.epochMicros(next.at()) : null;
        finishedAt[i] = pending ? null : InstantConverter.epochMicros(next.at());
        startedAt[i] = InstantConverter.epochMicros(result.attempt().startedAt());
        statusCodes[i] = outcome.status().isPresent() ? outcome.status().getAsInt() : null;
        errorClasses[i] = outcome.error().map(DeliveryError::wireName).orElse(null);
        latenciesMillis[i] = (int) Math.min(Integer.MAX_VALUE, outcome.latency().toMillis());
        excerpts[i] = outcome.responseExcerpt();
        tests[i] = result.attempt().test();
    }

    void bind(Connection connection, PreparedStatement statement) throws SQLException {
        statement.setArray(1, connection.createArrayOf("text", ids));
        statement.setArray(2, connection.createArrayOf("text", owners));
        statement.setArray(3, connection.createArrayOf("int4", attemptNumbers));
        statement.setArray(4, connection.createArrayOf("text", statuses));
        statement.setArray(5, connection.createArrayOf("int8", retryAt));
        statement.setArray(6, connection.createArrayOf("int8", finishedAt));
        statement.setArray(7, connection.createArrayOf("int8", startedAt));
        statement.setArray(8, connection.createArrayOf("int4", statusCodes));
        statement.setArray(9, connection.createArrayOf("text", errorClasses));
        statement.setArray(10, connection.createArrayOf("int4", latenciesMillis));
        statement.setArray(11, connection.createArrayOf("text", excerpts));
        statement.setArray(12, connection.createArrayOf("bool", tests));
    }
}
