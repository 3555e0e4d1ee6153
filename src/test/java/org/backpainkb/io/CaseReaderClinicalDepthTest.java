package org.backpainkb.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.backpainkb.model.Bothersomeness;
import org.backpainkb.model.Case;
import org.backpainkb.model.InvalidCaseException;
import org.backpainkb.model.InvalidCaseException.Problem;
import org.backpainkb.model.InvalidCaseException.ProblemCode;
import org.junit.jupiter.api.Test;

/** Reading the second version's case fields: {@code asOf} and the nine STarT Back answers. */
class CaseReaderClinicalDepthTest {

    private static final String ALL_NINE = """
            startBack:
              legPain: true
              shoulderOrNeckPain: false
              walkedOnlyShortDistances: true
              dressedMoreSlowly: false
              notSafeToBeActive: true
              worryingThoughts: false
              neverGoingToGetBetter: true
              notEnjoyingThings: false
              bothersomeness: VERY_MUCH
            """;

    private static Problem onlyProblem(String yaml) {
        InvalidCaseException e = catchThrowableOfType(InvalidCaseException.class, () -> CaseReader.parse(yaml));
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0);
    }

    @Test
    void aCaseWithAsOfAndAllNineAnswersIsRead() {
        Case c = CaseReader.parse("asOf: 2026-11-20\n" + ALL_NINE);

        assertThat(c.asOf()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(c.startBack().legPain()).isTrue();
        assertThat(c.startBack().bothersomeness()).isEqualTo(Bothersomeness.VERY_MUCH);
        assertThat(c.startBack().total()).isEqualTo(5);
        assertThat(c.startBack().psychosocial()).isEqualTo(3);
    }

    @Test
    void withoutAsOfOrStartBackBothAreNull() {
        Case c = CaseReader.parse("symptoms: []\n");

        assertThat(c.asOf()).isNull();
        assertThat(c.startBack()).isNull();
    }

    @Test
    void aMissingAnswerIsRefusedNamingItsPath() {
        Problem p = onlyProblem(ALL_NINE.replace("  worryingThoughts: false\n", ""));

        assertThat(p.path()).isEqualTo("startBack.worryingThoughts");
        assertThat(p.code()).isEqualTo(ProblemCode.MISSING);
    }

    @Test
    void aNullAnswerIsRefusedNamingItsPath() {
        Problem p = onlyProblem(ALL_NINE.replace("bothersomeness: VERY_MUCH", "bothersomeness: null"));

        assertThat(p.path()).isEqualTo("startBack.bothersomeness");
        assertThat(p.code()).isEqualTo(ProblemCode.MISSING);
        assertThat(p.allowed()).contains("NOT_AT_ALL", "EXTREMELY");
    }

    @Test
    void aKeyOtherThanTheNineIsRefused() {
        Problem p = onlyProblem(ALL_NINE + "  fearAvoidance: true\n");

        assertThat(p.path()).isEqualTo("startBack.fearAvoidance");
        assertThat(p.code()).isEqualTo(ProblemCode.UNKNOWN_FIELD);
        assertThat(p.allowed()).contains("legPain", "bothersomeness");
    }

    @Test
    void anUnknownBothersomenessAndAnAnswerThatIsNotTrueOrFalseAreRefused() {
        assertThat(onlyProblem(ALL_NINE.replace("VERY_MUCH", "A_LOT")).code()).isEqualTo(ProblemCode.UNKNOWN_CODE);
        assertThat(onlyProblem(ALL_NINE.replace("legPain: true", "legPain: yes please")).path())
                .isEqualTo("startBack.legPain");
    }

    @Test
    void anAsOfThatIsNotADateIsRefused() {
        Problem p = onlyProblem("asOf: last tuesday\n");

        assertThat(p.path()).isEqualTo("asOf");
        assertThat(p.code()).isEqualTo(ProblemCode.WRONG_TYPE);
    }
}
