-- A dispatcher stores the deliveries its own server's workers have room for already claimed (attempts 1, a lease) and
-- hands them over in memory. Only deliveries stored unclaimed need waking workers through NOTIFY: waking every server's
-- workers for claimed ones would only send each of them to find nothing due.
create function notify_parley_unclaimed_deliveries() returns trigger language plpgsql as $$
begin
    if exists (select 1 from added where lease_owner is null) then
        perform pg_notify('parley_deliveries', '');
    end if;
    return null;
end
$$;

drop trigger webhook_deliveries_wake_workers on webhook_deliveries;

create trigger webhook_deliveries_wake_workers after insert on webhook_deliveries referencing new table as added
    for each statement execute function notify_parley_unclaimed_deliveries();
