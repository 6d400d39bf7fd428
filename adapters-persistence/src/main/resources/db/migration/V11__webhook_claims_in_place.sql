-- A claim now leaves next_attempt_at alone and a delivery is due once its time has come and it holds no live lease
-- (lease_until null or past), so a claim changes no indexed column. With room left on each page, PostgreSQL can then
-- write the claimed version beside the old one without touching the table's six indexes (a HOT update).
-- next_attempt_at is the delivery's retry time (or its creation, for the first attempt), no longer the end of a lease.
alter table webhook_deliveries set (fillfactor = 70);
