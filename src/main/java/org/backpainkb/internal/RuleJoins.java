package org.backpainkb.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.PatternDescr;

/**
 * How many facts a rule's conditions combine. The engine tries every combination of the facts its
 * conditions match before any rule fires, so the firing limit cannot stop it: five conditions that
 * each match any of 60 sessions of a pain log make about 800 million combinations. A rule may match
 * at most {@value #MOST_OF_ONE_KIND} facts of one kind together and {@value #MOST_TOGETHER} in all,
 * counted along its deepest path ({@code not}, {@code exists}, {@code forall} and {@code accumulate}
 * try their own conditions for each combination before them; of the branches of an {@code or}, the
 * largest counts). A fact a case holds at most once (the person, the core, the STarT Back answers,
 * the thresholds) multiplies nothing and is not counted.
 */
final class RuleJoins {

    static final int MOST_TOGETHER = 4;
    static final int MOST_OF_ONE_KIND = 2;
    /**
     * The most alternatives a rule's {@code or}s may make: the compiler writes a rule of its own for
     * each way through them, so sixteen lines of two alternatives each made 65,536 rules, and
     * gigabytes, before anything was checked.
     */
    static final int MOST_ALTERNATIVES = 16;

    /** Facts a case holds at most one of. */
    private static final Set<String> ONE_A_CASE = Set.of("Person", "CoreActivation", "StartBack", "Thresholds");

    /** How far a condition multiplies: facts combined, and the most of one kind among them. */
    private record Size(int together, Map<String, Integer> byKind) {

        static final Size NONE = new Size(0, Map.of());

        Size times(Size other) {
            Map<String, Integer> kinds = new HashMap<>(byKind);
            other.byKind.forEach((kind, n) -> kinds.merge(kind, n, Integer::sum));
            return new Size(together + other.together, kinds);
        }

        /** The larger of each count: of two alternatives, either may be the one that combines more. */
        Size orLarger(Size other) {
            Map<String, Integer> kinds = new HashMap<>(byKind);
            other.byKind.forEach((kind, n) -> kinds.merge(kind, n, Math::max));
            return new Size(Math.max(together, other.together), kinds);
        }

        int mostOfOneKind() {
            return byKind.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        }
    }

    private RuleJoins() {
    }

    /**
     * What is wrong with how many facts the conditions combine.
     *
     * @param lhs the rule's conditions
     * @return a sentence to follow "rule NAME ", or null when they combine few enough
     */
    static String tooMany(BaseDescr lhs) {
        long alternatives = alternatives(lhs);
        if (alternatives > MOST_ALTERNATIVES) {
            return "has " + (alternatives == Long.MAX_VALUE ? "more than a billion" : alternatives) + " ways through its"
                    + " conditions' ors: a rule may have at most " + MOST_ALTERNATIVES + ", because the compiler"
                    + " writes a rule for each; write a rule for each case, or let a first rule conclude what the"
                    + " alternatives have in common";
        }
        Size size = size(lhs);
        if (size.mostOfOneKind() > MOST_OF_ONE_KIND || size.together > MOST_TOGETHER) {
            return "combines " + size.together + " facts" + (size.mostOfOneKind() > MOST_OF_ONE_KIND
                    ? ", " + size.mostOfOneKind() + " of one kind" : "") + ": a rule may match at most "
                    + MOST_OF_ONE_KIND + " facts of one kind and " + MOST_TOGETHER + " in all, because the engine"
                    + " tries every combination of them before any rule fires (five conditions each matching any"
                    + " of 60 sessions make about 800 million); split the rule, or let a first rule conclude what"
                    + " the next one needs";
        }
        return null;
    }

    private static Size size(BaseDescr d) {
        if (d instanceof PatternDescr p) {
            if (p.getSource() instanceof AccumulateDescr acc) {
                return acc.getInput() == null ? Size.NONE : size(acc.getInput());
            }
            String kind = p.getObjectType().substring(p.getObjectType().lastIndexOf('.') + 1);
            return ONE_A_CASE.contains(kind) ? Size.NONE : new Size(1, Map.of(kind, 1));
        }
        if (!(d instanceof ConditionalElementDescr group)) {
            return Size.NONE;
        }
        return switch (d.getClass().getSimpleName()) {
            case "AndDescr" -> and(group);
            case "OrDescr" -> group.getDescrs().stream().map(RuleJoins::size).reduce(Size.NONE, Size::orLarger);
            default -> inner(group.getDescrs());   // not, exists, forall
        };
    }

    /** How many ways through a condition's ors: an or adds its branches' ways, an and multiplies its parts'. */
    private static long alternatives(BaseDescr d) {
        if (!(d instanceof ConditionalElementDescr group)) {
            return 1;
        }
        boolean or = d.getClass().getSimpleName().equals("OrDescr");
        long ways = or ? 0 : 1;
        for (BaseDescr child : group.getDescrs()) {
            long w = alternatives(child);
            ways = or ? ways + w : ways * w;
            if (ways > 1_000_000_000L) {
                return Long.MAX_VALUE;
            }
        }
        return Math.max(ways, 1);
    }

    /** The facts an and combines, and the largest of what its not, exists and accumulate try for each. */
    private static Size and(ConditionalElementDescr and) {
        Size combined = Size.NONE;
        Size largestInner = Size.NONE;
        for (BaseDescr child : and.getDescrs()) {
            if (multiplies(child)) {
                combined = combined.times(size(child));
            } else {
                largestInner = largestInner.orLarger(size(child));
            }
        }
        return combined.times(largestInner);
    }

    private static Size inner(List<? extends BaseDescr> conditions) {
        Size size = Size.NONE;
        for (BaseDescr c : conditions) {
            size = size.times(size(c));
        }
        return size;
    }

    /** A fact matched, or an and/or of them: a child whose matches multiply the combinations before it. */
    private static boolean multiplies(BaseDescr child) {
        if (child instanceof PatternDescr p) {
            return !(p.getSource() instanceof AccumulateDescr);
        }
        String kind = child.getClass().getSimpleName();
        return kind.equals("AndDescr") || kind.equals("OrDescr");
    }
}
