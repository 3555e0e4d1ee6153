package org.backpainkb.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.backpainkb.Assessment;
import org.backpainkb.Clearance;
import org.backpainkb.KnowledgeBaseId;
import org.backpainkb.Recommendation;
import org.backpainkb.Referral;
import org.backpainkb.RuleFailedException;
import org.backpainkb.model.Decision;
import org.backpainkb.model.ExerciseCategory;
import org.backpainkb.model.ReasonCode;
import org.backpainkb.model.RedFlag;
import org.backpainkb.model.Stage;
import org.backpainkb.model.Urgency;
import org.backpainkb.rules.Advice;
import org.backpainkb.rules.AllExercise;
import org.backpainkb.rules.CurrentStage;
import org.backpainkb.rules.ReferralNeeded;
import org.backpainkb.rules.Restriction;
import org.backpainkb.rules.StageHold;

/**
 * Turns the conclusions in a session into an {@link Assessment}. Every choice here is by value,
 * never by the order facts arrived or rules fired, so the same facts always give the same result.
 */
public final class Conclusions {

    private Conclusions() {
    }

    /**
     * Reads the assessment off a session whose rules have fired.
     *
     * @param evaluation the session
     * @param caseId the case's id, or null
     * @param id the knowledge base's version and hash
     * @return the assessment
     */
    public static Assessment assess(Evaluation evaluation, String caseId, KnowledgeBaseId id) {
        List<Advice> advice = new ArrayList<>();
        List<Restriction> restrictions = new ArrayList<>();
        // which rule concluded each restriction: of two equally strict, the one shown is the same in every language
        Map<Restriction, String> concludedBy = new IdentityHashMap<>();
        List<ReferralNeeded> referrals = new ArrayList<>();
        CurrentStage stage = null;
        Findings findings = new Findings(evaluation.library());
        for (Object fact : evaluation.conclusions()) {
            if (findings.take(fact)) {
                continue;
            }
            if (fact instanceof Advice a) {
                said(evaluation, fact, a.reason(), a.advice(), a.because());
                advice.add(a);
            } else if (fact instanceof Restriction r) {
                said(evaluation, fact, r.reason(), r.note(), "");
                restrictions.add(r);
                concludedBy.put(r, evaluation.ruleOf(fact));
            } else if (fact instanceof AllExercise all) {
                said(evaluation, fact, all.reason(), all.note(), "");
                for (ExerciseCategory category : ExerciseCategory.values()) {
                    Restriction r = new Restriction(category, all.decision(), all.reason(), all.note());
                    restrictions.add(r);
                    concludedBy.put(r, evaluation.ruleOf(fact));
                }
            } else if (fact instanceof StageHold hold) {
                if (!ContractFloor.GATED.contains(hold.category())) {
                    throw heldOpen(hold, evaluation.ruleOf(fact));
                }
                Restriction r = new Restriction(hold.category(), Decision.DEFER, null, hold.note());
                restrictions.add(r);
                concludedBy.put(r, evaluation.ruleOf(fact));
            } else if (fact instanceof ReferralNeeded r) {
                referrals.add(r);
            } else if (fact instanceof CurrentStage s) {
                if (stage != null && stage.stage() != s.stage()) {
                    throw twoStages(evaluation, stage, s);
                }
                stage = s;
            } else if (FactTypes.DRAFTS.contains(fact.getClass())) {
                // a conclusion begun and not finished (Restriction.of(...) without its note) would be dropped
                // without a word: the rules check refuses such a rule, this catches one compiled some other way
                throw unfinished(fact, evaluation.ruleOf(fact));
            }
        }
        List<Clearance> clearances = findings.withDoses(clearances(restrictions, concludedBy, evaluation.wording().cleared()));
        Stage current = stage(stage);
        Referral referral = referral(referrals);
        List<Recommendation> recommendations = recommendations(advice, evaluation, referral.urgency().atLeast(Urgency.URGENT));
        return new Assessment(caseId, id, current, referral, reasons(advice, restrictions), recommendations, clearances,
                evaluation.firedRules(), findings.risk(), findings.preference(),
                findings.suggestions(clearances, evaluation.wording().forNow(), current));
    }

    /**
     * What a conclusion says, checked as it is read: rules in the older form write their texts and
     * reason codes in the rule, where the checks of the texts files and of the declared codes do not
     * reach, and a case's names fill the texts of every rule. A reason not declared in
     * reason-codes.yaml, or a text holding a character a screen acts on without showing it, fails the
     * rule that said it.
     */
    private static void said(Evaluation evaluation, Object fact, ReasonCode reason, String text, String more) {
        if (reason != null && !evaluation.wording().declares(reason)) {
            throw new RuleFailedException(evaluation.ruleOf(fact), new IllegalStateException("it gave reason "
                    + reason + ", which reason-codes.yaml does not declare: declare it there, or give a declared one"));
        }
        int hidden = Math.max(text == null ? -1 : HiddenCharacters.first(text, true), HiddenCharacters.first(more, true));
        if (hidden >= 0) {
            throw new RuleFailedException(evaluation.ruleOf(fact), new IllegalStateException("its text holds"
                    + " the character " + HiddenCharacters.named(hidden) + ", which is not shown but acted on by a screen"));
        }
    }

    /**
     * Two stages for one case: the rules that joined one of them said things the other contradicts
     * (a stability exercise "in the programme while the stage is stability and strength" beside stage
     * MOBILITY), so no one result can be read off them.
     */
    private static RuleFailedException twoStages(Evaluation evaluation, CurrentStage one, CurrentStage other) {
        // named in the stages' order, not the engine's, so the message is the same whatever the firing order
        CurrentStage first = one.stage().compareTo(other.stage()) < 0 ? one : other;
        CurrentStage second = first == one ? other : one;
        return new RuleFailedException(evaluation.ruleOf(second), new IllegalStateException("it concluded"
                + " stage " + second.stage() + " while rule \"" + evaluation.ruleOf(first) + "\" concluded "
                + first.stage() + ": a case is at one stage; conclude what is in place (MobilityRestored,"
                + " MotorControlInPlace) and let the stage rules say the stage"));
    }

    /**
     * A stage's hold on a category no stage holds back: deferred with no reason, it would pass for the
     * stage's own, and a rule deferring the same category for a reason would hide it.
     */
    private static RuleFailedException heldOpen(StageHold hold, String rule) {
        return new RuleFailedException(rule, new IllegalStateException("it held " + hold.category() + " back by the stage"
                + " (StageHold), which no stage does: only " + ContractFloor.GATED.stream().map(Enum::name).sorted()
                .collect(java.util.stream.Collectors.joining(", ")) + " wait for their stage (statement 3); restrict "
                + hold.category() + " for a reason of the case (Restriction) if the case calls for it"));
    }

    private static RuleFailedException unfinished(Object draft, String rule) {
        return new RuleFailedException(rule, new IllegalStateException("it inserted "
                + draft.getClass().getEnclosingClass().getSimpleName() + " unfinished (" + draft
                + "): a conclusion is inserted whole, with its note, why or because"));
    }

    private static Stage stage(CurrentStage concluded) {
        if (concluded == null) {
            throw new IllegalStateException("the rules concluded no stage: a rule must insert CurrentStage for every case");
        }
        return concluded.stage();
    }

    private static Referral referral(List<ReferralNeeded> referrals) {
        if (referrals.isEmpty()) {
            return Referral.NONE;
        }
        Urgency urgency = referrals.stream().map(ReferralNeeded::urgency).max(Comparator.naturalOrder()).orElseThrow();
        List<RedFlag> flags = new ArrayList<>(new TreeSet<>(referrals.stream().map(ReferralNeeded::flag).toList()));
        return new Referral(urgency, flags);
    }

    private static List<ReasonCode> reasons(List<Advice> advice, List<Restriction> restrictions) {
        TreeSet<ReasonCode> reasons = new TreeSet<>();
        advice.forEach(a -> reasons.add(a.reason()));
        restrictions.stream().map(Restriction::reason).filter(Objects::nonNull).forEach(reasons::add);
        return List.copyOf(reasons);
    }

    /**
     * Advice sharing an id is one recommendation: the weightiest wording, every match in {@code because}.
     * Under an urgent or emergency referral, advice other than the red flags' is for after a doctor has
     * seen the person, and says so first: "walking making it worse does not mean something serious"
     * must not read as said of a suspected emergency.
     */
    private static List<Recommendation> recommendations(List<Advice> advice, Evaluation evaluation, boolean urgent) {
        Map<String, List<Advice>> byId = new TreeMap<>();
        advice.forEach(a -> byId.computeIfAbsent(a.id(), k -> new ArrayList<>()).add(a));
        Comparator<Advice> weightiestFirst = Comparator.comparingInt(Advice::priority)
                .thenComparing(Advice::severity, Comparator.reverseOrder())
                .thenComparing(Advice::advice);
        List<Recommendation> result = new ArrayList<>();
        for (List<Advice> group : byId.values()) {
            group.sort(weightiestFirst);
            Advice lead = group.get(0);
            Evaluation.Provenance from = group.stream().map(evaluation::provenanceOf)
                    .min(Comparator.comparing(Evaluation.Provenance::rule)).orElseThrow();
            List<String> because = List.copyOf(new TreeSet<>(group.stream().map(Advice::because).toList()));
            String said = urgent && lead.reason() != ReasonCode.RED_FLAG
                    ? evaluation.wording().onceSeen() + " " + lead.advice() : lead.advice();
            result.add(new Recommendation(lead.id(), lead.reason(), lead.severity(), lead.priority(), said,
                    because, from.rule(), from.source()));
        }
        // of equal priority and severity, a red flag's advice first ("red flags come first"), then by id
        result.sort(Comparator.comparingInt(Recommendation::priority)
                .thenComparing(Recommendation::severity, Comparator.reverseOrder())
                .thenComparing(r -> !r.reason().equals(ReasonCode.RED_FLAG))
                .thenComparing(Recommendation::id));
        return result;
    }

    /**
     * Every category, the strictest restriction winning; ALLOW where nothing restricts. Of equally strict
     * ones, the note shown is by the rule's name, then the note: the same rule's in every language.
     */
    private static List<Clearance> clearances(List<Restriction> restrictions, Map<Restriction, String> concludedBy,
            String cleared) {
        Comparator<Restriction> strictestFirst = Comparator.comparing(Restriction::decision).reversed()
                .thenComparing(Restriction::reason, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(r -> concludedBy.getOrDefault(r, ""))
                .thenComparing(Restriction::note);
        Map<ExerciseCategory, Restriction> strictest = new EnumMap<>(ExerciseCategory.class);
        for (Restriction r : restrictions) {
            strictest.merge(r.category(), r, (a, b) -> strictestFirst.compare(a, b) <= 0 ? a : b);
        }
        List<Clearance> clearances = new ArrayList<>();
        for (ExerciseCategory category : ExerciseCategory.values()) {
            Restriction r = strictest.get(category);
            clearances.add(r == null || r.decision() == Decision.ALLOW
                    ? new Clearance(category, Decision.ALLOW, null, cleared)
                    : new Clearance(category, r.decision(), r.reason(), r.note()));
        }
        return clearances;
    }
}
