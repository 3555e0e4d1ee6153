package org.backpainkb.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PatternDescr;

/**
 * How many facts a rule's conditions combine. The engine tries every combination of the facts its
 * conditions match before any rule fires, so the firing limit cannot stop it: a case's lists hold up
 * to 1,000 facts each, so four conditions on four of them make a million million combinations, and
 * conclusions that rules make of pairs of facts can be as many as the pairs. Each fact weighs by how
 * many of its kind a case may hold ({@link #LIST_WEIGHT} for a list's or a conclusion's), counted along
 * the deepest path ({@code not}, {@code exists}, {@code forall} and {@code accumulate} try their own
 * conditions for each combination before them; of the branches of an {@code or}, the heaviest counts),
 * and a rule may weigh at most {@value #MOST_WEIGHT}: two facts of lists, with a stage beside them. A
 * fact a case holds once (the person, the core, the STarT Back answers, the thresholds) weighs nothing.
 */
final class RuleJoins {

    /**
     * The most rules of a directory that may pair facts ({@link #pairs}), a rule counted once for each
     * way through its ors, since the compiler writes a rule, and a network that pairs, for each.
     */
    static final int MOST_PAIRING_RULES = 5;
    /**
     * The most facts a rule that pairs may match in all: its pair and two more. The engine carries
     * each of up to a million pairs through every further condition by itself, running none of the
     * rules' code, so the time limit's clock cannot stop it: a pair followed by seventeen conditions
     * on the thresholds ran 8 s past a 1 s limit, and rules sharing their pair never returned.
     */
    static final int MOST_CONDITIONS_WHEN_PAIRING = 4;
    /**
     * Of those, the most that may pair facts with nothing relating them ({@link #pairsUnrelated}): the
     * engine builds each such pair without running any of the rules' code, so the time limit's clock
     * cannot stop it; nineteen such rules over the longest lists took 13 to 15 s past a 1 s limit.
     */
    static final int MOST_UNRELATED_PAIRINGS = 2;
    /**
     * The most facts a rule's conditions may match, nested ones included: a rule of hundreds of
     * conditions on the same fact took a minute and gigabytes to compile, and one of thousands was
     * refused by the compiler only after it.
     */
    static final int MOST_CONDITIONS = 20;
    /**
     * The most alternatives a rule's {@code or}s may make: the compiler writes a rule of its own for
     * each way through them, so sixteen lines of two alternatives each made 65,536 rules, and
     * gigabytes, before anything was checked.
     */
    static final int MOST_ALTERNATIVES = 16;

    /** Facts a case holds at most one of: they multiply nothing. */
    private static final Set<String> ONE_A_CASE = Set.of("Person", "CoreActivation", "StartBack", "Thresholds",
            "PainLogWindow", "MobilityRestored", "MotorControlInPlace", "ExerciseOnHold");
    /** Facts of at most three values (a stage, a direction): equal ones are one fact. */
    private static final Set<String> THREE_AT_MOST = Set.of("CurrentStage", "PreferredDirection", "SymptomsPoint");
    /**
     * Facts of a few values, up to about twenty: a red flag, a breathing pattern and when it was seen, a
     * category's latest sessions, a category's dose (seven categories, three doses, equal ones one
     * fact). A few multiply little, but eight of them together are 12^8.
     */
    private static final Set<String> A_FEW = Set.of("ReportedRedFlag", "BreathingObservation", "LatestSessions",
            "DoseFinding");
    /**
     * What a fact weighs, in halves of a power of ten of how many a case may hold: a fact of a list or a
     * conclusion (a thousand) 6, one of a few 3, one of three at most 1. A rule may weigh at most
     * {@value #MOST_WEIGHT} (a few million combinations): two facts of lists, with a stage beside them.
     */
    static final int LIST_WEIGHT = 6;
    static final int MOST_WEIGHT = 13;

    private RuleJoins() {
    }

    /**
     * What is wrong with how many facts the conditions combine.
     *
     * @param lhs the rule's conditions
     * @return a sentence to follow "rule NAME ", or null when they combine few enough
     */
    static String tooMany(BaseDescr lhs) {
        int conditions = conditions(lhs);
        if (conditions > MOST_CONDITIONS) {
            return "matches " + conditions + " facts in its conditions: a rule may match at most " + MOST_CONDITIONS
                    + ", because the compiler's work grows with them; split the rule, or let a first rule conclude"
                    + " what the next one needs";
        }
        long alternatives = alternatives(lhs);
        if (alternatives > MOST_ALTERNATIVES) {
            return "has " + (alternatives == Long.MAX_VALUE ? "more than a billion" : alternatives) + " ways through its"
                    + " conditions' ors: a rule may have at most " + MOST_ALTERNATIVES + ", because the compiler"
                    + " writes a rule for each; write a rule for each case, or let a first rule conclude what the"
                    + " alternatives have in common";
        }
        int weight = size(lhs);
        if (weight > MOST_WEIGHT) {
            return "combines more facts than the engine can try together: a rule may match at most 2 facts of the"
                    + " case's lists or of conclusions (with a stage, a direction or where the symptoms point beside"
                    + " them), or one with up to 2 red flags, breathing observations or latest sessions, because the"
                    + " engine tries every combination of them before any rule fires (a list holds up to 1,000, so"
                    + " three make a thousand million); split the rule, or let a first rule conclude what the next"
                    + " one needs";
        }
        if (pairs(lhs) && conditions > MOST_CONDITIONS_WHEN_PAIRING) {
            return "pairs facts of the case's lists or of conclusions and matches " + conditions + " facts in all: a"
                    + " rule that pairs may match at most " + MOST_CONDITIONS_WHEN_PAIRING + ", because the engine"
                    + " carries each of up to a million pairs through every further condition, where the time limit"
                    + " cannot stop it; let this rule conclude what the pair means, and another match that conclusion";
        }
        return null;
    }

    /**
     * Whether a rule's conditions pair facts that come by the hundred: as many as a rule may, a
     * million pairs at the longest lists. A rules directory may have {@value #MOST_PAIRING_RULES} such
     * rules, or their pairs together would be as costly as conditions that combine three.
     *
     * @param lhs the rule's conditions
     * @return true when they match two facts of lists or conclusions
     */
    static boolean pairs(BaseDescr lhs) {
        return size(lhs) >= 2 * LIST_WEIGHT;
    }

    /**
     * Whether a rule pairs a fact of a list with one of another list (or the same) before it, with no
     * condition of the later one naming anything matched before it: the engine then builds every pair
     * without running a line of the rules' code, which is where the time limit's clock is read.
     *
     * @param lhs the rule's conditions
     * @return true when some pair is related by nothing
     */
    static boolean pairsUnrelated(BaseDescr lhs) {
        return unrelated(lhs, new ArrayList<>(), new int[] {0});
    }

    /** Walks the conditions in order, with the names bound so far and how many list facts are matched on the path. */
    private static boolean unrelated(BaseDescr d, List<String> bound, int[] lists) {
        if (d instanceof PatternDescr p) {
            boolean list = !(p.getSource() instanceof AccumulateDescr) && size(p) == LIST_WEIGHT;
            List<String> texts = constraintTexts(p);
            boolean names = texts.stream().anyMatch(t -> mentionsAny(t, bound));
            boolean pairedWithNothing = list && lists[0] > 0 && !names;
            if (p.getIdentifier() != null) {
                bound.add(p.getIdentifier());
            }
            texts.forEach(t -> bindings(t, bound));
            if (list) {
                lists[0]++;
            }
            return pairedWithNothing;
        }
        if (!(d instanceof ConditionalElementDescr group)) {
            return false;
        }
        String kind = d.getClass().getSimpleName();
        boolean found = false;
        if (kind.equals("AndDescr")) {
            // an and carries its names and facts on to what follows
            for (BaseDescr child : group.getDescrs()) {
                found |= unrelated(child, bound, lists);
            }
        } else if (kind.equals("OrDescr")) {
            // each branch pairs with what came before, and what follows pairs with whichever branch held
            int most = lists[0];
            List<String> named = new ArrayList<>();
            for (BaseDescr branch : group.getDescrs()) {
                List<String> names = new ArrayList<>(bound);
                int[] count = {lists[0]};
                found |= unrelated(branch, names, count);
                most = Math.max(most, count[0]);
                named.addAll(names);
            }
            lists[0] = most;
            bound.addAll(named);
        } else {
            // what a not, an exists or a forall holds is tried against the facts before it without building
            // pairs with them (the first fact that matches settles it): only its own facts pair
            for (BaseDescr child : group.getDescrs()) {
                found |= unrelated(child, new ArrayList<>(bound), new int[] {0});
            }
        }
        return found;
    }

    private static final Pattern BINDING = Pattern.compile("(\\$?[A-Za-z_][A-Za-z0-9_]*)\\s*:(?![:=])");
    private static final Pattern QUOTED = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'");
    private static final Pattern NAME = Pattern.compile("\\$?[A-Za-z_][A-Za-z0-9_]*");

    private static List<String> constraintTexts(PatternDescr p) {
        List<String> texts = new ArrayList<>();
        if (p.getConstraint() != null) {
            for (BaseDescr c : p.getConstraint().getDescrs()) {
                if (c instanceof ExprConstraintDescr e) {
                    texts.add(e.getExpression());
                } else if (c instanceof BindingDescr b) {
                    texts.add(b.getVariable() + " : " + b.getExpression());
                }
            }
        }
        return texts;
    }

    private static void bindings(String text, List<String> bound) {
        Matcher m = BINDING.matcher(QUOTED.matcher(text).replaceAll("\"\""));
        while (m.find()) {
            bound.add(m.group(1));
        }
    }

    private static boolean mentionsAny(String text, List<String> names) {
        // a name inside a text in quotes ("$symptom") names nothing
        Matcher m = NAME.matcher(QUOTED.matcher(text).replaceAll("\"\""));
        while (m.find()) {
            if (names.contains(m.group())) {
                return true;
            }
        }
        return false;
    }

    /** How many facts the conditions match, in every branch and nested condition. */
    private static int conditions(BaseDescr d) {
        if (d instanceof PatternDescr p) {
            return 1 + (p.getSource() instanceof AccumulateDescr acc && acc.getInput() != null ? conditions(acc.getInput()) : 0);
        }
        if (!(d instanceof ConditionalElementDescr group)) {
            return 0;
        }
        int n = 0;
        for (BaseDescr child : group.getDescrs()) {
            n += conditions(child);
        }
        return n;
    }

    /** What the facts a condition combines weigh, along its deepest path. */
    private static int size(BaseDescr d) {
        if (d instanceof PatternDescr p) {
            if (p.getSource() instanceof AccumulateDescr acc) {
                return acc.getInput() == null ? 0 : size(acc.getInput());
            }
            String kind = p.getObjectType().substring(p.getObjectType().lastIndexOf('.') + 1);
            return ONE_A_CASE.contains(kind) ? 0 : THREE_AT_MOST.contains(kind) ? 1 : A_FEW.contains(kind) ? 3 : LIST_WEIGHT;
        }
        if (!(d instanceof ConditionalElementDescr group)) {
            return 0;
        }
        return switch (d.getClass().getSimpleName()) {
            case "AndDescr" -> and(group);
            // of two alternatives, either may be the one that combines more
            case "OrDescr" -> group.getDescrs().stream().mapToInt(RuleJoins::size).max().orElse(0);
            default -> inner(group.getDescrs());   // not, exists, forall
        };
    }

    /** How many ways through a condition's ors: an or adds its branches' ways, an and multiplies its parts'. */
    static long alternatives(BaseDescr d) {
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
    private static int and(ConditionalElementDescr and) {
        int combined = 0;
        int largestInner = 0;
        for (BaseDescr child : and.getDescrs()) {
            if (multiplies(child)) {
                combined += size(child);
            } else {
                largestInner = Math.max(largestInner, size(child));
            }
        }
        return combined + largestInner;
    }

    private static int inner(List<? extends BaseDescr> conditions) {
        int size = 0;
        for (BaseDescr c : conditions) {
            size += size(c);
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
