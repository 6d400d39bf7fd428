package dev.parley.adapter.persistence.webhook;

import dev.parley.adapter.persistence.shared.InstantConverter;
import dev.parley.application.webhook.port.out.NewDelivery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * New deliveries as one array per column, bound in the order the adding statement unnests them. Ids go as text and
 * times as microseconds since 1970, both of which pgjdbc sends in binary (see {@link InstantConverter#epochMicros}).
 */
record NewDeliveryColumns(String[] ids, Long[] organizations, Long[] webhooks, String[] events, String[] types, String[] messageIds,
                          byte[][] bodies, Long[] createdMicros) {
    /** How many parameters {@link #bind} sets: the statement's later parameters follow them. */
    static final int COUNT = 8;

    static NewDeliveryColumns of(List<NewDelivery> deliveries) {
        int count = deliveries.size();
        NewDeliveryColumns columns = new NewDeliveryColumns(new String[count], new Long[count], new Long[count], new String[count],
                new String[count], new String[count], new byte[count][], new Long[count]);
        for (int i = 0; i < count; i++) {
            columns.set(i, deliveries.get(i));
        }
        return columns;
    }

    private void set(int i, NewDelivery delivery) {
        ids[i] = delivery.id().value().toString();
        organizations[i] = delivery.organizationId().value();
        webhooks[i] = delivery.webhookId().value();
        events[i] = delivery.eventId().value().toString();
        types[i] = delivery.eventType();
        messageIds[i] = delivery.id().messageId();
        bodies[i] = delivery.body();
        createdMicros[i] = InstantConverter.epochMicros(delivery.createdAt());
    }

    void bind(Connection connection, PreparedStatement statement) throws SQLException {
        statement.setArray(1, connection.createArrayOf("text", ids));
        statement.setArray(2, connection.createArrayOf("int8", organizations));
        statement.setArray(3, connection.createArrayOf("int8", webhooks));
        statement.setArray(4, connection.createArrayOf("text", events));
        statement.setArray(5, connection.createArrayOf("text", types));
        statement.setArray(6, connection.createArrayOf("text", messageIds));
        statement.setArray(7, connection.createArrayOf("bytea", bodies));
        statement.setArray(8, connection.createArrayOf("int8", createdMicros));
    }
}
