package dev.parley.adapter.persistence.learning;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.adapter.persistence.jooq.tables.records.TrainingItemsRecord;
import dev.parley.domain.learning.CefrLevel;
import dev.parley.domain.learning.ItemSettings;
import dev.parley.domain.learning.Position;
import dev.parley.domain.learning.Skill;
import dev.parley.domain.learning.TrainingId;
import dev.parley.domain.learning.TrainingItem;
import dev.parley.domain.learning.TrainingItemId;
import dev.parley.domain.learning.Xp;
import dev.parley.domain.learning.exercise.Exercise;
import dev.parley.domain.learning.exercise.ItemSolution;
import dev.parley.domain.learning.exercise.ItemType;
import dev.parley.domain.shared.OrganizationId;
import org.jooq.JSONB;

/** Maps training item rows to the domain and back; content and solution are stored as JSON in their API shape. */
final class ItemRows {
    private final ObjectMapper json;

    ItemRows(ObjectMapper json) {
        this.json = json;
    }

    TrainingItemsRecord toRecord(TrainingItem item, long version) {
        TrainingItemsRecord r = new TrainingItemsRecord();
        r.setId(item.id().value());
        r.setOrganizationId(item.organizationId().value());
        r.setTrainingId(item.trainingId().value());
        r.setType(item.type().wireName());
        r.setSkill(item.skill().wireName());
        r.setCefrLevel(item.cefrLevel().wireName());
        r.setXp(item.xp().value());
        r.setPosition(item.position().value());
        r.setContent(write(item.exercise().content().toData()));
        r.setSolution(item.exercise().solution().map(ItemSolution::toData).map(this::write).orElse(null));
        r.setCreatedAt(item.createdAt());
        r.setUpdatedAt(item.updatedAt());
        r.setVersion(version);
        return r;
    }

    TrainingItem toItem(TrainingItemsRecord r) {
        Exercise exercise = Exercise.parse(ItemType.parse("type", r.getType()), read(r.getContent()),
                r.getSolution() == null ? null : read(r.getSolution()));
        ItemSettings settings = new ItemSettings(exercise, Skill.parse("skill", r.getSkill()),
                CefrLevel.parse("cefr_level", r.getCefrLevel()), new Xp(r.getXp()));
        return TrainingItem.rehydrate(new TrainingItemId(r.getId()), new OrganizationId(r.getOrganizationId()),
                new TrainingId(r.getTrainingId()), settings, new Position(r.getPosition()), r.getCreatedAt(), r.getUpdatedAt(),
                r.getVersion());
    }

    private JSONB write(Object data) {
        try {
            return JSONB.valueOf(json.writeValueAsString(data));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("exercise data could not be written as JSON", e);
        }
    }

    private Object read(JSONB data) {
        try {
            return json.readValue(data.data(), Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored exercise data is not JSON: " + data.data(), e);
        }
    }
}
