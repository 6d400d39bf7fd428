-- message_id is the delivery id spelled as the webhook-id header (msg_ and its 32 hex digits), so the primary key already
-- makes it unique. The check keeps that true; the unique index it replaces cost every insert and every update that
-- cannot be done in place one more index entry.
alter table webhook_deliveries
    add constraint webhook_deliveries_message_id_from_id check (message_id = 'msg_' || replace(id::text, '-', ''));
alter table webhook_deliveries drop constraint webhook_deliveries_message_id_key;
