package org.backpainkb.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.backpainkb.KnowledgeBase;

/**
 * Loads the bundled rules on a second thread while a one-off {@code assess} starts: in a fresh JVM,
 * loading them takes about half of the run and reading the command line and the cases most of the
 * rest, and neither needs the other until the first case is assessed. Started only by the program's
 * {@code main} for an {@code assess} that names no rules directory. Its thread first compares an
 * existing {@code ./rules-drl} with the bundled rules, and loads nothing when they differ; the
 * command takes the result when it speaks the command's language, and otherwise loads the rules
 * itself.
 */
final class BundledRulesAhead {

    private static volatile CompletableFuture<KnowledgeBase> loading;

    private BundledRulesAhead() {
    }

    /**
     * Starts loading the bundled rules when the arguments are an {@code assess} that may run them:
     * no {@code --rules} and no {@code --lang} (either would make the preload a waste).
     *
     * @param args the program's arguments
     */
    static void startIfAssessing(String... args) {
        if (args.length == 0 || !args[0].equals("assess")
                || Arrays.stream(args).anyMatch(a -> a.startsWith("--rules") || a.startsWith("--lang"))) {
            return;
        }
        boolean bundledAsked = Arrays.asList(args).contains("--bundled");
        CompletableFuture<KnowledgeBase> future = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                // an edited ./rules-drl is what the command will load: the bundled rules would only take a core from it
                Path rules = RulesOption.defaultDirectory();
                boolean edited = !bundledAsked && rules != null && !RulesOption.sameAsBundled(rules);
                future.complete(edited ? null : KnowledgeBase.bundled());
            } catch (Throwable e) {
                // the command loads the rules again on its own thread and reports the problem there
                future.completeExceptionally(e);
            }
        }, "bundled-rules-ahead");
        thread.setDaemon(true);
        loading = future;
        thread.start();
    }

    /**
     * The bundled rules loaded ahead, when they are what the command asks for.
     *
     * @param locale the language the command asks for
     * @return the knowledge base, or null when none was loaded ahead (an edited {@code ./rules-drl} is to be
     *         loaded instead), it failed, or it speaks another language
     */
    static KnowledgeBase take(Locale locale) {
        CompletableFuture<KnowledgeBase> future = loading;
        loading = null;
        if (future == null) {
            return null;
        }
        KnowledgeBase kb;
        try {
            kb = future.join();
        } catch (RuntimeException e) {
            return null;
        }
        return kb != null && kb.language().equals(locale.getLanguage()) ? kb : null;
    }
}
