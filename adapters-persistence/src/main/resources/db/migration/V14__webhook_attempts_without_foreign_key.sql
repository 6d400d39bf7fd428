-- An attempt is logged by the statement that settles its delivery, which already holds that delivery's row lock, so the
-- foreign key proved nothing more, while its check cost every logged attempt a lookup and a share lock on the delivery.
-- Attempts now go with their deliveries explicitly: housekeeping and webhook deletion delete both.
alter table webhook_attempts drop constraint webhook_attempts_delivery_id_fkey;
