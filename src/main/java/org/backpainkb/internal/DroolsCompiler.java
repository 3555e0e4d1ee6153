package org.backpainkb.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.backpainkb.RuleProblem;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/** The classic DRL compiler, for its messages: they carry the file and line a rule author needs. */
public final class DroolsCompiler {

    /** KieFileSystem paths of the DRL, so a message's path maps back to the author's file. */
    static final String KFS_ROOT = "src/main/resources/";
    /** Where in the KieFileSystem the rule files go: the package of the conclusions they insert. */
    static final String PACKAGE_ROOT = "org/backpainkb/rules/";

    private static final AtomicLong BUILDS = new AtomicLong();

    private DroolsCompiler() {
    }

    /**
     * How many builds this JVM has run; build {@code n} has the release id
     * {@code org.backpainkb.generated:rules:1.0.n}. For tests and diagnostics.
     *
     * @return the number of builds so far
     */
    public static long builds() {
        return BUILDS.get();
    }

    /**
     * A release id of its own for a build: reusing one serves stale modules from the shared repository.
     *
     * @param ks the services
     * @return {@code org.backpainkb.generated:rules:1.0.n} for the n-th build
     */
    static ReleaseId nextReleaseId(KieServices ks) {
        return ks.newReleaseId("org.backpainkb.generated", "rules", "1.0." + BUILDS.incrementAndGet());
    }

    /**
     * What the classic compiler says of rule files, for its messages only: they carry the file and
     * line a rule author needs, where the executable model's point into generated Java. Nothing it
     * builds is kept or run. Only files that passed {@link RuleLanguage}, or that do not parse (the
     * compiler builds nothing from those), may be given: the compiler evaluates metadata as it builds.
     *
     * @param files the rule files
     * @return every compilation error, with file and line; empty when the classic compiler accepts them
     */
    static List<RuleProblem> problems(RuleFiles files) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        for (RuleFiles.RuleFile f : files.drl()) {
            kfs.write(KFS_ROOT + PACKAGE_ROOT + f.path(), f.text());
        }
        ReleaseId releaseId = nextReleaseId(ks);
        kfs.generateAndWritePomXML(releaseId);
        try {
            KieBuilder builder = CompilerLocale.neutral(() -> ks.newKieBuilder(kfs).buildAll());
            return problems(builder.getResults().getMessages(Message.Level.ERROR), files);
        } finally {
            ks.getRepository().removeKieModule(releaseId);
        }
    }

    /** The compiler's messages as problems at the line of each mistake, explained for a rule author. */
    static List<RuleProblem> problems(List<Message> messages, RuleFiles files) {
        Map<String, DrlText> texts = new HashMap<>();
        files.drl().forEach(f -> texts.put(f.path(), new DrlText(f.path(), f.text())));
        return ProblemLocator.locate(messages.stream()
                .map(m -> new ProblemLocator.Raw(fileOf(m.getPath()), m.getLine(), m.getText())).toList(), texts);
    }

    /** The author's path of a file: the compiler reports it with or without the resources root. */
    static String fileOf(String path) {
        String p = path == null ? "" : path;
        for (String root : List.of(KFS_ROOT, PACKAGE_ROOT)) {
            if (p.startsWith(root)) {
                p = p.substring(root.length());
            }
        }
        return p;
    }
}
