package org.backpainkb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.backpainkb.model.Case;
import org.junit.jupiter.api.Test;

/** One knowledge base shared by many threads gives exactly what one thread gets. */
class ConcurrentAssessmentTest {

    private static final int THREADS = 8;
    private static final int CASES = 200;
    private static final int ROUNDS = 5;

    private final KnowledgeBase kb = SharedKnowledgeBase.BUNDLED;

    @Test
    void eightThreadsSharingOneKnowledgeBaseGetExactlyTheResultsOfOneThread() throws Exception {
        List<Case> cases = mixOfCases();
        List<Assessment> alone = cases.stream().map(kb::assess).toList();

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Assessment>>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int offset = t * 17;
                Callable<List<Assessment>> worker = () -> {
                    start.await();
                    List<Assessment> mine = new ArrayList<>(cases.size() * ROUNDS);
                    for (int round = 0; round < ROUNDS; round++) {
                        for (int i = 0; i < cases.size(); i++) {
                            // each thread walks the cases from a different place, so different cases overlap
                            mine.add(kb.assess(cases.get((i + offset) % cases.size())));
                        }
                    }
                    return mine;
                };
                results.add(pool.submit(worker));
            }
            start.countDown();

            for (int t = 0; t < THREADS; t++) {
                List<Assessment> mine = results.get(t).get(2, TimeUnit.MINUTES);
                int offset = t * 17;
                for (int k = 0; k < mine.size(); k++) {
                    int i = k % cases.size();
                    assertThat(mine.get(k)).isEqualTo(alone.get((i + offset) % cases.size()));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Generated valid cases, the same every run. */
    private static List<Case> mixOfCases() {
        return CaseArbitraries.sample(CASES, "42");
    }
}
