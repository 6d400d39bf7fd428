-- Organization-wide statistics count rows per organization: these indexes let each count be an index-only scan of the
-- organization's own entries instead of a scan of every organization's rows (course_completions already has one).
create index training_completions_by_organization on training_completions (organization_id);
create index lesson_completions_by_organization on lesson_completions (organization_id);
-- Counting an organization's learners, and checking the role of its recently active people.
create index users_by_role on users (organization_id, role);
