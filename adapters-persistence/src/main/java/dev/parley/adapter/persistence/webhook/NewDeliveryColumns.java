package dev.parley.adapter.persistence.webhook;

import dev.parley.adapter.persistence.shared.InstantConverter;
import dev.parley.application.webhook.port.out.NewDelivery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** New deliveries as one array per column, bound in the order the adding statement unnests them. */
record NewDeliveryColumns(UUID[] ids, Long[] organizations, Long[] webhooks, UUID[] events, String[] types, String[] messageIds,
                          byte[][] bodies, OffsetDateTime[] created) {
    /** How many parameters {@link #bind} sets: the statement's later parameters follow them. */
    static final int COUNT = 8;
    private static final InstantConverter INSTANTS = new InstantConverter();

    static NewDeliveryColumns of(List<NewDelivery> deliveries) {
        int count = deliveries.size();
        NewDeliveryColumns columns = new NewDeliveryColumns(new UUID[count], new Long[count], new Long[count], new UUID[count],
                new String[count], new String[count], new byte[count][], new OffsetDateTime[count]);
        for (int i = 0; i < count; i++) {
            columns.set(i, deliveries.get(i));
        }
        return columns;
    }

    private void set(int i, NewDelivery delivery) {
        ids[i] = delivery.id().value();
        organizations[i] = delivery.organizationId().value();
        webhooks[i] = delivery.webhookId().value();
        events[i] = delivery.eventId().value();
        types[i] = delivery.eventType();
        messageIds[i] = delivery.id().messageId();
        bodies[i] = delivery.body();
        created[i] = INSTANTS.to(delivery.createdAt());
    }

    void bind(Connection connection, PreparedStatement statement) throws SQLException {
        statement.setArray(1, connection.createArrayOf("uuid", ids));
        statement.setArray(2, connection.createArrayOf("int8", organizations));
        statement.setArray(3, connection.createArrayOf("int8", webhooks));
        statement.setArray(4, connection.createArrayOf("uuid", events));
        statement.setArray(5, connection.createArrayOf("text", types));
        statement.setArray(6, connection.createArrayOf("text", messageIds));
        statement.setArray(7, connection.createArrayOf("bytea", bodies));
        statement.setArray(8, connection.createArrayOf("timestamptz", created));
    }
}
