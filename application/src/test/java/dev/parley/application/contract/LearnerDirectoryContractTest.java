package dev.parley.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.learning.port.out.LearnerDirectory;
import dev.parley.domain.identity.UserId;
import dev.parley.domain.learning.Learner;
import dev.parley.domain.learning.LearnerId;
import dev.parley.domain.shared.OrganizationId;
import dev.parley.domain.shared.TimeZoneName;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link LearnerDirectory} must do: a person's name and zone, within their organization only. */
public abstract class LearnerDirectoryContractTest {
    private Adapters adapters;
    private LearnerDirectory learners;
    private OrganizationId org;
    private OrganizationId otherOrg;
    private LearnerId ada;
    private LearnerId rival;

    /** Fresh adapters with no data. */
    protected abstract Adapters adapters();

    @BeforeEach
    void seed() {
        adapters = adapters();
        ProgressSeed seed = new ProgressSeed(adapters);
        org = seed.organization(1, "acme");
        otherOrg = seed.organization(2, "globex");
        ada = seed.learner(org, 11);
        rival = seed.learner(otherOrg, 21);
        learners = adapters.learners();
    }

    @Test
    void a_learner_has_their_name_and_the_zone_they_chose_utc_until_then() {
        assertThat(learners.find(org, ada)).contains(new Learner(ada, "Person 11", ZoneId.of("UTC")));

        adapters.users().changeTimeZone(org, new UserId(11), new TimeZoneName("Pacific/Chatham"));

        assertThat(learners.find(org, ada).orElseThrow().zone()).isEqualTo(ZoneId.of("Pacific/Chatham"));
    }

    @Test
    void another_organizations_person_is_neither_found_nor_named() {
        assertThat(learners.find(org, rival)).isEmpty();
        assertThat(learners.find(otherOrg, ada)).isEmpty();
        assertThat(learners.find(org, new LearnerId(999))).isEmpty();
        assertThat(learners.displayNames(org, List.of(ada, rival, new LearnerId(999)))).isEqualTo(Map.of(ada, "Person 11"));
        assertThat(learners.displayNames(org, List.of())).isEmpty();
    }
}
