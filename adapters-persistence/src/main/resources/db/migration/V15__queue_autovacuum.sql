-- Outbox events and webhook deliveries are queues: each row is updated within seconds of its insert, and the dispatcher
-- and the delivery workers scan the indexes its dead versions are left in. Autovacuum's defaults (50 rows plus 20 % of
-- the table) let a table of a month's deliveries gather hundreds of thousands of them first; vacuum these two after
-- 1,000 dead rows plus 5 % of the live ones instead. Where autovacuum is off the server applies the same thresholds
-- itself (QueueVacuum).
alter table outbox_events set (autovacuum_vacuum_threshold = 1000, autovacuum_vacuum_scale_factor = 0.05);
alter table webhook_deliveries set (autovacuum_vacuum_threshold = 1000, autovacuum_vacuum_scale_factor = 0.05);
