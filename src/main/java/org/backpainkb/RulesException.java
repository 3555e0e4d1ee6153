package org.backpainkb;

import java.util.List;
import java.util.stream.Collectors;

/** The rule files could not be loaded: every problem found is listed, each with file and line. */
public final class RulesException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<RuleProblem> problems;

    /**
     * A refusal of rule files.
     *
     * @param problems every problem found; at least one
     */
    public RulesException(List<RuleProblem> problems) {
        super(RuleProblem.count(problems) + " problem(s) in the rules:\n"
                + problems.stream().map(RuleProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /**
     * Every problem found.
     *
     * @return the problems, each with file, line and message
     */
    public List<RuleProblem> problems() {
        return problems;
    }
}
