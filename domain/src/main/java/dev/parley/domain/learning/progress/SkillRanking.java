package dev.parley.domain.learning.progress;

import dev.parley.domain.learning.Skill;
import dev.parley.domain.learning.progress.CefrEstimator.LevelCount;
import dev.parley.domain.shared.InvalidInput;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A learner's strongest and weakest skills by accuracy over every level. A skill is ranked once it has at least
 * {@value #MIN_ATTEMPTS} attempts; fewer are too little evidence. The strongest are up to {@value #LIST_SIZE} ranked
 * skills by accuracy descending, the weakest up to {@value #LIST_SIZE} of the others by accuracy ascending; ties go to
 * the skill with more attempts, then to the skill name. No skill is in both lists: with fewer than six ranked skills the
 * strongest take the top half (the middle one when the count is odd) and the weakest the bottom half.
 */
public final class SkillRanking {
    public static final int MIN_ATTEMPTS = 5;
    public static final int LIST_SIZE = 3;

    private static final Comparator<SkillAccuracy> BY_ACCURACY = (a, b) ->
            Long.compare((long) a.correct() * b.attempts(), (long) b.correct() * a.attempts());
    private static final Comparator<SkillAccuracy> MORE_ATTEMPTS_THEN_NAME = Comparator.comparingInt(SkillAccuracy::attempts).reversed()
            .thenComparing(accuracy -> accuracy.skill().wireName());
    private static final Comparator<SkillAccuracy> STRONGEST_FIRST = BY_ACCURACY.reversed()
            .thenComparing(MORE_ATTEMPTS_THEN_NAME);
    private static final Comparator<SkillAccuracy> WEAKEST_FIRST = BY_ACCURACY
            .thenComparing(MORE_ATTEMPTS_THEN_NAME);

    private SkillRanking() {
    }

    /** Ranks the skills from attempts counted per skill and level; counts given twice for one skill and level add up. */
    public static Ranking rank(Collection<LevelCount> counts) {
        Map<Skill, int[]> totals = new EnumMap<>(Skill.class);
        for (LevelCount count : counts) {
            int[] total = totals.computeIfAbsent(count.skill(), skill -> new int[2]);
            total[0] = Math.addExact(total[0], count.attempts());
            total[1] = Math.addExact(total[1], count.correct());
        }
        List<SkillAccuracy> ranked = new ArrayList<>();
        totals.forEach((skill, total) -> {
            if (total[0] >= MIN_ATTEMPTS) {
                ranked.add(new SkillAccuracy(skill, total[0], total[1]));
            }
        });
        ranked.sort(STRONGEST_FIRST);
        int strongest = Math.min(LIST_SIZE, (ranked.size() + 1) / 2);
        int weakest = Math.min(LIST_SIZE, ranked.size() / 2);
        return new Ranking(ranked.subList(0, strongest),
                ranked.subList(strongest, ranked.size()).stream().sorted(WEAKEST_FIRST).limit(weakest).toList());
    }

    /** How a skill went over every level: attempts and how many were correct. */
    public record SkillAccuracy(Skill skill, int attempts, int correct) {
        public SkillAccuracy {
            InvalidInput.required("skill", skill);
            if (attempts < 1 || correct < 0 || correct > attempts) {
                throw new InvalidInput("correct", "must be 0-" + attempts + " with at least one attempt");
            }
        }

        /** Correct answers as a share of attempts, 0..1. */
        public double accuracy() {
            return (double) correct / attempts;
        }
    }

    /** The strongest skills, strongest first, and the weakest, weakest first. */
    public record Ranking(List<SkillAccuracy> strongest, List<SkillAccuracy> weakest) {
        public Ranking {
            strongest = List.copyOf(strongest);
            weakest = List.copyOf(weakest);
        }
    }
}
