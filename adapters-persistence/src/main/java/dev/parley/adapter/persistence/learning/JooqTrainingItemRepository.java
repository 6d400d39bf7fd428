package dev.parley.adapter.persistence.learning;

import static dev.parley.adapter.persistence.jooq.Tables.TRAINING_ITEMS;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.adapter.persistence.jooq.Keys;
import dev.parley.adapter.persistence.jooq.tables.records.TrainingItemsRecord;
import dev.parley.adapter.persistence.shared.ForeignKeyViolation;
import dev.parley.application.learning.port.in.ItemFilter;
import dev.parley.application.learning.port.out.TrainingItemRepository;
import dev.parley.application.shared.Page;
import dev.parley.application.shared.PageRequest;
import dev.parley.domain.learning.TrainingId;
import dev.parley.domain.learning.TrainingItem;
import dev.parley.domain.learning.TrainingItemId;
import dev.parley.domain.shared.Conflict;
import dev.parley.domain.shared.InvalidInput;
import dev.parley.domain.shared.OrganizationId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.SortField;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * Training items in {@code training_items}, content and solution as JSONB, saved only over the version they were
 * loaded at. The foreign key on {@code (organization_id, training_id)} refuses a training of another organization.
 */
public final class JooqTrainingItemRepository implements TrainingItemRepository {
    private static final List<SortField<?>> IN_ORDER = List.of(TRAINING_ITEMS.TRAINING_ID.asc(), TRAINING_ITEMS.POSITION.asc(),
            TRAINING_ITEMS.CREATED_AT.asc(), TRAINING_ITEMS.ID.asc());

    private final DSLContext dsl;
    private final ItemRows rows;

    public JooqTrainingItemRepository(DSLContext dsl, ObjectMapper json) {
        this.dsl = dsl;
        this.rows = new ItemRows(json);
    }

    @Override
    public void save(TrainingItem item) {
        try {
            if (item.version() == 0) {
                dsl.insertInto(TRAINING_ITEMS).set(rows.toRecord(item, 1)).execute();
                return;
            }
            update(item);
        } catch (DataAccessException e) {
            if (ForeignKeyViolation.of(e, Keys.TRAINING_ITEMS__TRAINING_ITEMS_ORGANIZATION_ID_TRAINING_ID_FKEY)) {
                throw new InvalidInput("training_id", "is not a training of this organization");
            }
            throw e;
        }
    }

    private void update(TrainingItem item) {
        TrainingItemsRecord changed = rows.toRecord(item, item.version() + 1);
        int updated = dsl.update(TRAINING_ITEMS)
                .set(TRAINING_ITEMS.TRAINING_ID, changed.getTrainingId())
                .set(TRAINING_ITEMS.TYPE, changed.getType())
                .set(TRAINING_ITEMS.SKILL, changed.getSkill())
                .set(TRAINING_ITEMS.CEFR_LEVEL, changed.getCefrLevel())
                .set(TRAINING_ITEMS.XP, changed.getXp())
                .set(TRAINING_ITEMS.POSITION, changed.getPosition())
                .set(TRAINING_ITEMS.CONTENT, changed.getContent())
                .set(TRAINING_ITEMS.SOLUTION, changed.getSolution())
                .set(TRAINING_ITEMS.UPDATED_AT, changed.getUpdatedAt())
                .set(TRAINING_ITEMS.VERSION, changed.getVersion())
                .where(TRAINING_ITEMS.ID.eq(item.id().value()),
                        TRAINING_ITEMS.ORGANIZATION_ID.eq(item.organizationId().value()),
                        TRAINING_ITEMS.VERSION.eq(item.version()))
                .execute();
        if (updated == 0) {
            throw new Conflict("training_item.concurrent_update",
                    "Training item " + item.id().value() + " was changed since it was loaded; reload it and try again.");
        }
    }

    @Override
    public Optional<TrainingItem> find(OrganizationId org, TrainingItemId id) {
        return dsl.selectFrom(TRAINING_ITEMS)
                .where(TRAINING_ITEMS.ORGANIZATION_ID.eq(org.value()), TRAINING_ITEMS.ID.eq(id.value()))
                .fetchOptional(rows::toItem);
    }

    @Override
    public Page<TrainingItem> list(OrganizationId org, ItemFilter filter, PageRequest page) {
        Condition matching = TRAINING_ITEMS.ORGANIZATION_ID.eq(org.value());
        if (filter.training().isPresent()) {
            matching = matching.and(TRAINING_ITEMS.TRAINING_ID.eq(filter.training().get().value()));
        }
        if (filter.type().isPresent()) {
            matching = matching.and(TRAINING_ITEMS.TYPE.eq(filter.type().get().wireName()));
        }
        long total = dsl.fetchCount(TRAINING_ITEMS, matching);
        return new Page<>(dsl.selectFrom(TRAINING_ITEMS).where(matching).orderBy(IN_ORDER)
                .limit(page.perPage()).offset(page.offset())
                .fetch(rows::toItem), total, page);
    }

    @Override
    public Map<TrainingId, Long> countByTrainings(OrganizationId org, Collection<TrainingId> trainings) {
        if (trainings.isEmpty()) {
            return Map.of();
        }
        return dsl.select(TRAINING_ITEMS.TRAINING_ID, DSL.count())
                .from(TRAINING_ITEMS)
                .where(TRAINING_ITEMS.ORGANIZATION_ID.eq(org.value()),
                        TRAINING_ITEMS.TRAINING_ID.in(trainings.stream().map(TrainingId::value).toList()))
                .groupBy(TRAINING_ITEMS.TRAINING_ID)
                .fetch()
                .stream()
                .collect(Collectors.toMap(r -> new TrainingId(r.value1()), r -> r.value2().longValue()));
    }

    @Override
    public int lastPosition(OrganizationId org, TrainingId training) {
        Integer last = dsl.select(DSL.max(TRAINING_ITEMS.POSITION)).from(TRAINING_ITEMS)
                .where(TRAINING_ITEMS.ORGANIZATION_ID.eq(org.value()), TRAINING_ITEMS.TRAINING_ID.eq(training.value()))
                .fetchOne(0, Integer.class);
        return last == null ? 0 : last;
    }

    @Override
    public void delete(OrganizationId org, TrainingItemId id) {
        dsl.deleteFrom(TRAINING_ITEMS).where(TRAINING_ITEMS.ORGANIZATION_ID.eq(org.value()), TRAINING_ITEMS.ID.eq(id.value())).execute();
    }
}
