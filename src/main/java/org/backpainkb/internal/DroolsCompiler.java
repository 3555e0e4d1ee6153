package org.backpainkb.internal;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.backpainkb.RuleProblem;
import org.backpainkb.RulesException;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;

/** Compiles DRL with the classic compiler, whose messages carry the file and line a rule author needs. */
public final class DroolsCompiler {

    /** KieFileSystem paths of the DRL, so a message's path maps back to the author's file. */
    static final String KFS_ROOT = "src/main/resources/org/backpainkb/rules/";
    /** The same files as the compiler's messages name them: without the resources folder. */
    static final String MESSAGE_ROOT = "org/backpainkb/rules/";

    private static final AtomicLong BUILDS = new AtomicLong();

    private DroolsCompiler() {
    }

    /**
     * Compiles rule files into a knowledge base.
     *
     * @param files the rule files
     * @return the compiled rules
     * @throws RulesException listing every compilation error, with file and line
     */
    public static CompiledRules compile(RuleFiles files) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        for (RuleFiles.RuleFile f : files.drl()) {
            kfs.write(KFS_ROOT + f.path(), f.text());
        }
        // A fresh release id per build: reusing one serves stale modules from the shared repository.
        ReleaseId releaseId = ks.newReleaseId("org.backpainkb.generated", "rules",
                "1.0." + BUILDS.incrementAndGet());
        kfs.generateAndWritePomXML(releaseId);
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        List<RuleProblem> errors = builder.getResults().getMessages(Message.Level.ERROR).stream()
                .map(DroolsCompiler::toProblem).toList();
        if (!errors.isEmpty()) {
            ks.getRepository().removeKieModule(releaseId);
            throw new RulesException(errors);
        }
        KieContainer container = ks.newKieContainer(releaseId);
        // The container holds the module; the repository need not, or it grows with every reload.
        ks.getRepository().removeKieModule(releaseId);
        return new CompiledRules(container, files.hash());
    }

    static RuleProblem toProblem(Message m) {
        String path = m.getPath() == null ? "" : m.getPath();
        String file = path.startsWith(KFS_ROOT) ? path.substring(KFS_ROOT.length())
                : path.startsWith(MESSAGE_ROOT) ? path.substring(MESSAGE_ROOT.length()) : path;
        return new RuleProblem(file, Math.max(m.getLine(), 0), m.getText().strip());
    }
}
