-- New deliveries now get time-ordered ids (UUID version 7), so storing one, settling it and logging its attempts extend
-- the primary key and the attempts' (delivery_id, attempt_no) key at their ends instead of at random places. The unique
-- (webhook_id, event_id) index, whose random event ids cost two random insertions per delivery, gives way to an index
-- on webhook_id alone, which still finds a webhook's deliveries when it is deleted. An event is still fanned out once:
-- the dispatcher locks it and marks it published in the transaction that stores its deliveries.
alter table webhook_deliveries drop constraint webhook_deliveries_webhook_id_event_id_key;
create index webhook_deliveries_by_webhook on webhook_deliveries (webhook_id);
