-- Fewer index entries and checks per delivery; measured with bench/webhook-queue-sql.sh and bench/webhook-delivery.sh.
--
-- Attempts are named by their delivery and number, which was already unique; the identity column only ordered attempts
-- that started in the same microsecond, which the delivery id and attempt number order as well. One index less per attempt.
alter table webhook_attempts drop column id;
alter table webhook_attempts drop constraint webhook_attempts_delivery_id_attempt_no_key;
alter table webhook_attempts add primary key (delivery_id, attempt_no);
create index webhook_attempts_log on webhook_attempts (webhook_id, started_at desc, delivery_id desc, attempt_no desc);

-- The foreign key to webhooks cost every stored delivery a lookup and a key-share lock on its webhook, each run as a
-- query of its own. The dispatcher now takes that lock once per batch when it reads the subscribed webhooks, deleting a
-- webhook deletes its deliveries itself, and the statement trigger that already sees every inserted row checks in one
-- query, once per webhook named, that each names a webhook of its own organization.
alter table webhook_deliveries drop constraint webhook_deliveries_organization_id_webhook_id_fkey;

create function parley_deliveries_added() returns trigger language plpgsql as $$
begin
    if exists (select 1 from (select distinct organization_id, webhook_id from added) named
                where not exists (select 1 from webhooks
                                   where webhooks.organization_id = named.organization_id and webhooks.id = named.webhook_id)) then
        raise exception 'a delivery names no webhook of its own organization' using errcode = 'foreign_key_violation';
    end if;
    if exists (select 1 from added where lease_owner is null) then
        perform pg_notify('parley_deliveries', '');
    end if;
    return null;
end
$$;

drop trigger webhook_deliveries_wake_workers on webhook_deliveries;
drop function notify_parley_unclaimed_deliveries();
create trigger webhook_deliveries_added after insert on webhook_deliveries referencing new table as added
    for each statement execute function parley_deliveries_added();

-- An outbox event's sequence comes from an identity and is never written otherwise, so its unique index only cost each
-- event two more index entries (one when stored, one when marked published). Published events are found for purging by
-- a block-range index: they are stored, and so published, in about the order of their rows.
alter table outbox_events drop constraint outbox_events_sequence_key;
drop index outbox_events_published;
create index outbox_events_published on outbox_events using brin (published_at) with (autosummarize = on)
    where published_at is not null;

-- Finished deliveries are found for purging the same way: a delivery finishes soon after it is stored, in row order.
drop index webhook_deliveries_finished;
create index webhook_deliveries_finished on webhook_deliveries using brin (finished_at) with (autosummarize = on)
    where status <> 'pending';
