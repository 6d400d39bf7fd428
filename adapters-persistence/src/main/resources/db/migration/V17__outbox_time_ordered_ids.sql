-- Outbox event ids become time-ordered (UUID version 7: Unix milliseconds, then random bits), like delivery ids since
-- V16, so that storing an event and marking it published extend the primary key at one end instead of at a random
-- place. The expression sets the version bits of a random UUID to 7 after writing the milliseconds over its first six
-- bytes.
alter table outbox_events alter column id set default encode(
    set_bit(set_bit(overlay(uuid_send(gen_random_uuid())
                            placing substring(int8send(floor(extract(epoch from clock_timestamp()) * 1000)::bigint) from 3)
                            from 1 for 6), 52, 1), 53, 1), 'hex')::uuid;
