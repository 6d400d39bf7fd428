-- Every delivery paid three entries in these two indexes (two in webhook_deliveries_by_webhook, one as it was stored
-- and one as it was settled, and one in webhook_deliveries_pending_per_webhook), and only rare operations read them:
-- deleting a webhook and switching one off after a 410. Those now find pending deliveries through the due index and
-- attempted ones through the attempts log; an abandoned delivery that was never attempted is left to the purge of
-- finished deliveries.
drop index webhook_deliveries_by_webhook;
drop index webhook_deliveries_pending_per_webhook;
