-- Housekeeping deletes what the retention policy calls old in small batches; these indexes let each batch find its
-- rows without scanning the table. rate_limit_windows gets none: it holds one row per key in use, is cheap to scan,
-- and an index on updated_at would cost every rate-limited request its HOT update.
create index outbox_events_published on outbox_events (published_at) where published_at is not null;
create index webhook_deliveries_finished on webhook_deliveries (finished_at) where status <> 'pending';
create index idempotency_records_by_created on idempotency_records (created_at);
