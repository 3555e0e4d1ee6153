package org.backpainkb.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backpainkb.Assessment;
import org.backpainkb.KnowledgeBase;
import org.backpainkb.RuleProblem;
import org.backpainkb.internal.DrlText;
import org.backpainkb.internal.RuleFiles;
import org.backpainkb.model.Activity;
import org.backpainkb.model.Case;
import org.backpainkb.model.ExerciseCategory;
import org.backpainkb.model.Region;
import org.backpainkb.model.Symptom;
import org.junit.jupiter.api.Test;

/** Every patient text of the bundled rules is in the texts files, by key, and a second language says them all. */
class PatientTextsTest {

    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Case WALKING_HURTS = Case.builder()
            .symptom(new Symptom(Region.LOW_BACK, 5, Activity.WALKING)).build();

    @Test
    void noLiteralPatientTextIsLeftInTheBundledRulesButInRulesValidateWarnsAreInTheOlderForm() {
        // a clinician's rule in the older form still builds; validate's warning says how to move it
        Set<String> warned = new HashSet<>();
        for (RuleProblem p : RulesValidator.validateBundled()) {
            if (!p.blocking()) {
                warned.add(p.file() + ":" + p.line());
            }
        }
        List<String> literals = new ArrayList<>();
        for (RuleFiles.RuleFile drl : RuleFiles.bundled().drl()) {
            DrlText text = new DrlText(drl.path(), drl.text());
            Set<DrlText.Rule> olderForm = new HashSet<>();
            warned.stream().filter(w -> w.startsWith(drl.path() + ":"))
                    .map(w -> text.ruleAt(Integer.parseInt(w.substring(w.lastIndexOf(':') + 1))))
                    .filter(java.util.Objects::nonNull).forEach(olderForm::add);
            List<String> lines = drl.text().lines().toList();
            for (int n = 1; n <= lines.size(); n++) {
                String code = lines.get(n - 1).strip();
                if (code.startsWith("//") || code.startsWith("rule ") || olderForm.contains(text.ruleAt(n))) {
                    continue;
                }
                Matcher m = STRING.matcher(code);
                while (m.find()) {
                    if (!KEY.matcher(m.group(1)).matches()) {
                        literals.add(drl.path() + ": " + m.group());
                    }
                }
            }
        }

        assertThat(literals).as("texts in the bundled rules that are not keys").isEmpty();
    }

    @Test
    void theBundledRulesSpeakGermanWhenAskedAndEnglishByDefault() {
        Assessment german = KnowledgeBase.builder().locale(Locale.GERMAN).build().assess(WALKING_HURTS);
        Assessment english = KnowledgeBase.bundled().assess(WALKING_HURTS);

        assertThat(german.recommendation("find-an-exercise-that-gets-you-back-to-walking")).hasValueSatisfying(r -> {
            assertThat(r.advice()).startsWith("Gehen ist nicht schlecht für Ihren Rücken");
            assertThat(r.because()).containsExactly("Schmerzen im unteren Rücken werden beim Gehen schlimmer");
        });
        assertThat(german.clearance(ExerciseCategory.WALKING).note()).startsWith("Gehen Sie nur so weit");
        assertThat(german.clearance(ExerciseCategory.AEROBIC).note()).isEqualTo("Freigegeben: nichts spricht dagegen.");
        assertThat(english.clearance(ExerciseCategory.AEROBIC).note()).isEqualTo("Cleared: nothing found against it.");
        assertThat(english.recommendation("find-an-exercise-that-gets-you-back-to-walking")).hasValueSatisfying(r ->
                assertThat(r.because()).containsExactly("pain in the low back gets worse with walking"));
        assertThat(german).usingRecursiveComparison()
                .comparingOnlyFields("stage", "referral", "reasons", "firedRules").isEqualTo(english);
    }

    @Test
    void aLanguageWithoutTextsIsRefusedNamingTheLanguagesThereAre() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> KnowledgeBase.builder().locale(Locale.JAPANESE).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no texts in 'ja'")
                .hasMessageContaining("de, en");
    }
}
