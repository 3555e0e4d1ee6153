package org.backpainkb.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.backpainkb.Assessment;
import org.backpainkb.KnowledgeBase;
import org.backpainkb.model.CoreActivation;
import org.backpainkb.model.CoreStrength;
import org.backpainkb.model.ReasonCode;
import org.backpainkb.model.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** core-activation.drl: statement 6 of the contract, the core not switched on, whatever its strength. */
class CoreActivationTest {

    private static KnowledgeBase kb;

    @BeforeAll
    static void loadRules() {
        kb = KnowledgeBase.bundled();
    }

    /** Each way the core can fail to switch on, with each strength (and none given). */
    static Stream<Arguments> coreNotSwitchedOn() {
        Stream.Builder<Arguments> args = Stream.builder();
        CoreStrength[] strengths = {CoreStrength.WEAK, CoreStrength.AVERAGE, CoreStrength.STRONG, null};
        boolean[][] fields = {{false, true}, {true, false}, {false, false}};
        for (boolean[] f : fields) {
            for (CoreStrength s : strengths) {
                args.add(Arguments.of(f[0], f[1], s));
            }
        }
        return args.build();
    }

    @ParameterizedTest(name = "on cue {0}, during exercise {1}, strength {2}: core not activated")
    @MethodSource("coreNotSwitchedOn")
    void eitherCoreFieldFalseGivesCoreNotActivatedWhateverTheStrength(boolean onCue, boolean duringExercise,
            CoreStrength strength) {
        Assessment a = kb.assess(Cases.healthy().core(new CoreActivation(onCue, duringExercise, strength)).build());

        assertThat(a.reasons()).contains(ReasonCode.CORE_NOT_ACTIVATED);
        assertThat(a.stage()).isEqualTo(Stage.MOTOR_CONTROL);
        // which advice, in which words, is the rule authors' (scenarios/core-*.yaml)
        assertThat(a.recommendations()).anySatisfy(r -> assertThat(r.reason()).isEqualTo(ReasonCode.CORE_NOT_ACTIVATED));
    }

    @Test
    void aStrongCoreThatDoesNotSwitchOnDuringExerciseIsStillNotActivated() {
        Assessment a = kb.assess(Cases.healthy().core(new CoreActivation(true, false, CoreStrength.STRONG)).build());

        assertThat(a.reasons()).contains(ReasonCode.CORE_NOT_ACTIVATED);
        assertThat(a.stage()).isEqualTo(Stage.MOTOR_CONTROL);
    }

    @Test
    void aCoreThatCannotBeFoundOnCueIsNotActivatedEvenWhenStrong() {
        Assessment a = kb.assess(Cases.healthy().core(new CoreActivation(false, true, CoreStrength.STRONG)).build());

        assertThat(a.reasons()).contains(ReasonCode.CORE_NOT_ACTIVATED);
    }

    @ParameterizedTest(name = "switched on with strength {0} and nothing else wrong: no reason (statement 10)")
    @EnumSource(CoreStrength.class)
    void aCoreThatSwitchesOnOnCueAndDuringExerciseIsActivatedEvenWhenWeak(CoreStrength strength) {
        Assessment a = kb.assess(Cases.healthy().core(new CoreActivation(true, true, strength)).build());

        assertThat(a.reasons()).isEmpty();
        assertThat(a.stage()).isEqualTo(Stage.STABILITY_AND_STRENGTH);
    }

    @Test
    void aCoreThatSwitchesOnWithNoStrengthGivenIsActivated() {
        Assessment a = kb.assess(Cases.healthy().core(new CoreActivation(true, true, null)).build());

        assertThat(a.reasons()).isEmpty();
    }
}
