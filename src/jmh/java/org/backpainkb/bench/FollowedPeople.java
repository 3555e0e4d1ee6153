package org.backpainkb.bench;

import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.List;
import org.backpainkb.KnowledgeBase;
import org.backpainkb.PersonSession;
import org.backpainkb.SessionListener;
import org.backpainkb.io.CaseReader;
import org.backpainkb.model.Case;

/** The heap a service following many people keeps for each of them: one open session a person. */
final class FollowedPeople {

    private FollowedPeople() {
    }

    /**
     * Opens a session for each of {@code people} people, each on its own copy of an example case
     * (the examples taken in turn) with a listener of its own, and measures the used heap after GC
     * before and after (the list holding the sessions is made before).
     *
     * @return the retained bytes per person
     */
    static double retainedBytesPerPerson(KnowledgeBase kb, int people) throws InterruptedException {
        List<String> texts = ExampleCases.texts();
        kb.assess(CaseReader.parse(texts.get(0)));
        List<PersonSession> sessions = new ArrayList<>(people);
        long before = BenchmarkReport.usedHeapAfterGc();
        for (int i = 0; i < people; i++) {
            Case c = Case.builder(CaseReader.parse(texts.get(i % texts.size()))).id("person-" + i).build();
            sessions.add(kb.openSession(c, new SessionListener() { }));
        }
        long after = BenchmarkReport.usedHeapAfterGc();
        Reference.reachabilityFence(sessions);
        return (after - before) / (double) people;
    }
}
