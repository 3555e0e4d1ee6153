package org.backpainkb.examples.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.backpainkb.io.CaseReader;
import org.backpainkb.model.Case;
import org.backpainkb.model.Fact;
import org.backpainkb.model.MobilityFinding;
import org.backpainkb.model.Movement;
import org.backpainkb.model.Region;
import org.backpainkb.model.Symptom;

/**
 * The person events that turn one case into another, as an app would send them between two visits:
 * a symptom of a region reported anew, a movement reassessed, facts added and removed, the core,
 * the screening and the date set.
 */
final class CaseDiff {

    private CaseDiff() {
    }

    static List<String> events(Case from, Case to) {
        List<String> events = new ArrayList<>();
        if (!Objects.equals(from.asOf(), to.asOf())) {
            events.add(Events.asOf(to.asOf()));
        }
        Set<Region> reported = new HashSet<>();
        for (Symptom s : to.symptoms()) {
            if (from.symptoms().contains(s)) {
                continue;
            }
            boolean oneOfRegion = to.symptoms().stream().filter(t -> t.region() == s.region()).count() == 1;
            if (oneOfRegion && from.symptoms().stream().anyMatch(f -> f.region() == s.region())) {
                events.add(Events.reportSymptom(s));
                reported.add(s.region());
            } else {
                events.add(Events.add(s));
            }
        }
        from.symptoms().stream().filter(s -> !to.symptoms().contains(s) && !reported.contains(s.region()))
                .forEach(s -> events.add(Events.remove(s)));
        Set<Movement> reassessed = new HashSet<>();
        for (MobilityFinding m : to.mobility()) {
            if (from.mobility().contains(m)) {
                continue;
            }
            boolean oneOfMovement = to.mobility().stream().filter(t -> t.movement() == m.movement()).count() == 1;
            if (oneOfMovement) {
                events.add(Events.reassessMobility(m));
                reassessed.add(m.movement());
            } else {
                events.add(Events.add(m));
            }
        }
        from.mobility().stream().filter(m -> !to.mobility().contains(m) && !reassessed.contains(m.movement()))
                .forEach(m -> events.add(Events.remove(m)));
        lists(from.redFlags(), to.redFlags(), events);
        lists(from.breathing(), to.breathing(), events);
        lists(from.exercises(), to.exercises(), events);
        lists(from.formErrors(), to.formErrors(), events);
        lists(from.sessions(), to.sessions(), events);
        if (!Objects.equals(from.core(), to.core())) {
            events.add(Events.core(to.core()));
        }
        if (!Objects.equals(from.startBack(), to.startBack())) {
            events.add(Events.startBack(to.startBack()));
        }
        if (!Objects.equals(from.person(), to.person())) {
            throw new UnsupportedOperationException("the stories here do not change the person");
        }
        return events;
    }

    private static void lists(List<? extends Fact> from, List<? extends Fact> to, List<String> events) {
        from.stream().filter(f -> !to.contains(f)).forEach(f -> events.add(Events.remove(f)));
        to.stream().filter(f -> !from.contains(f)).forEach(f -> events.add(Events.add(f)));
    }

    /** A case file of the repository's examples, its id left out: a person's id is the record's key. */
    static Case example(String name) {
        try {
            return Case.builder(CaseReader.read(Path.of("..", name))).id(null).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
