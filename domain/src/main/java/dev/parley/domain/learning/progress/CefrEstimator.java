package dev.parley.domain.learning.progress;

import dev.parley.domain.learning.Skill;
import dev.parley.domain.learning.CefrLevel;
import dev.parley.domain.shared.InvalidInput;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Estimates a learner's CEFR level per skill, and overall, from the items they answered, with the evidence behind it.
 *
 * <p>The method is deliberately plain so that a learner can be told why:
 * <ol>
 * <li>A level is <b>demonstrated</b> in a skill when the learner answered at least {@value #MIN_ATTEMPTS} items of that
 * skill at that level and at least {@value #MIN_ACCURACY_PERCENT}% of them correctly ("8 of your 10 B1 reading answers
 * were right"). Plain accuracy over every attempt ever made, counted by {@link AttemptFact#correct()} (not by score),
 * with no decay. A Wilson lower bound was rejected: at 95% it stays under 70% until about nine answers in a row are
 * right, which no learner can reconstruct; the minimum of five attempts is what keeps a lucky streak from counting.
 * <li>A skill's estimate is its <b>highest demonstrated level</b>; with none demonstrated (no attempts, or fewer than
 * five at every level, or too many wrong) it has no estimate. Lower levels need not be demonstrated too: items are
 * graded so a higher level includes the lower ones, placed learners never practise levels below their start, and
 * requiring gapless evidence would let a correct answer lower an estimate (a fifth A2 attempt, say, that makes A2
 * "judged and failed" under a demonstrated B1).
 * <li>The <b>overall</b> estimate is the highest level that at least {@value #OVERALL_QUORUM} of the six skills (half)
 * have reached, a skill without an estimate counting as below A1: the upper median of all six skills. It is empty until
 * three skills have estimates. A median of only the estimated skills (or their minimum) was rejected: one practised
 * skill would decide it alone, and a skill's first, lower estimate would pull it down although the learner just
 * answered correctly.
 * </ol>
 * So a correct answer never lowers any estimate (it raises one level's attempts and accuracy); a wrong one may (it can
 * take a level's accuracy under 70%). Each skill's estimate depends on that skill's attempts only.
 */
public final class CefrEstimator {
    public static final int MIN_ATTEMPTS = 5;
    public static final int MIN_ACCURACY_PERCENT = 70;
    public static final int OVERALL_QUORUM = 3;

    private CefrEstimator() {
    }

    /** The estimate for every skill and overall from the given attempts. */
    public static Estimate estimate(Collection<AttemptFact> facts) {
        Map<Skill, int[][]> counts = emptyCounts();
        for (AttemptFact fact : facts) {
            int[] cell = counts.get(fact.skill())[fact.cefrLevel().ordinal()];
            cell[0]++;
            cell[1] += fact.correct() ? 1 : 0;
        }
        return estimate(counts);
    }

    /**
     * The same estimate from attempts already counted per skill and level, as {@link #estimate(Collection)} would make
     * from the attempts counted; counts given twice for one skill and level add up.
     */
    public static Estimate fromCounts(Collection<LevelCount> counted) {
        Map<Skill, int[][]> counts = emptyCounts();
        for (LevelCount count : counted) {
            int[] cell = counts.get(count.skill())[count.level().ordinal()];
            cell[0] = Math.addExact(cell[0], count.attempts());
            cell[1] = Math.addExact(cell[1], count.correct());
        }
        return estimate(counts);
    }

    private static Map<Skill, int[][]> emptyCounts() {
        Map<Skill, int[][]> counts = new EnumMap<>(Skill.class);
        for (Skill skill : Skill.values()) {
            counts.put(skill, new int[CefrLevel.values().length][2]);
        }
        return counts;
    }

    private static Estimate estimate(Map<Skill, int[][]> counts) {
        Map<Skill, SkillEstimate> skills = new EnumMap<>(Skill.class);
        counts.forEach((skill, cells) -> skills.put(skill, SkillEstimate.of(skill, cells)));
        return new Estimate(skills, overall(skills));
    }

    private static Optional<CefrLevel> overall(Map<Skill, SkillEstimate> skills) {
        List<CefrLevel> estimated = skills.values().stream().flatMap(s -> s.level().stream())
                .sorted(Collections.reverseOrder()).toList();
        return estimated.size() < OVERALL_QUORUM ? Optional.empty() : Optional.of(estimated.get(OVERALL_QUORUM - 1));
    }

    /** How many items of one skill at one level a learner answered, and how many of those answers were correct. */
    public record LevelCount(Skill skill, CefrLevel level, int attempts, int correct) {
        public LevelCount {
            InvalidInput.required("skill", skill);
            InvalidInput.required("cefr_level", level);
            if (attempts < 0 || correct < 0 || correct > attempts) {
                throw new InvalidInput("correct", "must be 0-" + attempts + " with attempts not negative");
            }
        }
    }

    /** How a skill went at one level: attempts and how many were correct. */
    public record LevelEvidence(CefrLevel level, int attempts, int correct) {
        /** Correct answers as a share of attempts, 0..1; 0 without attempts. */
        public double accuracy() {
            return attempts == 0 ? 0 : (double) correct / attempts;
        }

        /** At least five attempts, at least 70% of them correct (compared in whole numbers, no rounding). */
        public boolean demonstrated() {
            return attempts >= MIN_ATTEMPTS && correct * 100L >= (long) MIN_ACCURACY_PERCENT * attempts;
        }
    }

    /** One skill's estimated level, if any, and the evidence for each level it was practised at, lowest first. */
    public record SkillEstimate(Skill skill, Optional<CefrLevel> level, List<LevelEvidence> evidence) {
        public SkillEstimate {
            evidence = List.copyOf(evidence);
        }

        private static SkillEstimate of(Skill skill, int[][] cells) {
            List<LevelEvidence> evidence = Arrays.stream(CefrLevel.values())
                    .filter(level -> cells[level.ordinal()][0] > 0)
                    .map(level -> new LevelEvidence(level, cells[level.ordinal()][0], cells[level.ordinal()][1]))
                    .toList();
            Optional<CefrLevel> level = evidence.stream().filter(LevelEvidence::demonstrated).map(LevelEvidence::level)
                    .reduce((lower, higher) -> higher);
            return new SkillEstimate(skill, level, evidence);
        }
    }

    /** The estimates of all six skills and the overall one. */
    public record Estimate(Map<Skill, SkillEstimate> skills, Optional<CefrLevel> overall) {
        public Estimate {
            Map<Skill, SkillEstimate> copy = new EnumMap<>(Skill.class);
            copy.putAll(skills);
            skills = Collections.unmodifiableMap(copy);
        }

        public SkillEstimate skill(Skill skill) {
            return skills.get(skill);
        }

        /** What differs in {@code later}: each skill whose level changed, in skill order, then the overall level. */
        public List<LevelChange> changesTo(Estimate later) {
            List<LevelChange> changes = new ArrayList<>();
            for (Skill skill : Skill.values()) {
                Optional<CefrLevel> before = skill(skill).level();
                Optional<CefrLevel> after = later.skill(skill).level();
                if (!before.equals(after)) {
                    changes.add(new LevelChange(Optional.of(skill), before, after));
                }
            }
            if (!overall.equals(later.overall())) {
                changes.add(new LevelChange(Optional.empty(), overall, later.overall()));
            }
            return changes;
        }
    }

    /** A level that changed, of one skill or overall (no skill); an empty level is no estimate. */
    public record LevelChange(Optional<Skill> skill, Optional<CefrLevel> from, Optional<CefrLevel> to) {
    }
}
