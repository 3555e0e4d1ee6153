package org.backpainkb.authoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Copies of the project's rules for tests, optionally with one of the deliberately broken rule files
 * of {@code src/test/resources/broken-rules/NAME/} laid over them. Each broken file marks every line
 * with a mistake by a comment {@code <- the mistake}, so a test knows where the problem must be reported.
 */
public final class RuleFixtures {

    /** The rules the project ships, edited by rule authors. */
    public static final Path PROJECT_RULES = Path.of("rules-drl");
    /** The broken rule files, one folder each. */
    public static final Path BROKEN = Path.of("src/test/resources/broken-rules");
    /** What marks the line of a mistake in a broken file. */
    public static final String MARK = "<- the mistake";

    /**
     * Where a mistake is.
     *
     * @param file path relative to the rules directory
     * @param line its line
     */
    public record Mistake(String file, int line) {
    }

    private RuleFixtures() {
    }

    /**
     * A copy of the project's rules whose reason codes file ends with many keys not written as codes,
     * each a problem of its own line.
     *
     * @param dir where to copy the rules
     * @param count how many such keys
     * @return the rules directory
     */
    public static Path withBadlyWrittenCodes(Path dir, int count) throws java.io.IOException {
        Path rules = copyOfProjectRules(dir);
        Path codes = rules.resolve("reason-codes.yaml");
        StringBuilder bad = new StringBuilder(Files.readString(codes));
        for (int i = 0; i < count; i++) {
            bad.append("\nzk").append(i).append(": \"v\"");
        }
        Files.writeString(codes, bad.append('\n').toString());
        return rules;
    }

    /**
     * A copy of the project's rules, scenarios included.
     *
     * @param target an empty directory to copy into
     * @return the copy
     */
    public static Path copyOfProjectRules(Path target) {
        copyTree(PROJECT_RULES, target);
        return target;
    }

    /**
     * A copy of the project's rules with one rule of a clinic's added, in {@code clinic.drl}, its reason
     * WRONG_EXERCISE.
     *
     * @param target an empty directory to copy into
     * @param name the rule's name
     * @param source the rule's source key
     * @param when its conditions
     * @param then its consequence's statements
     * @return the copy
     * @throws IOException when the rule cannot be written
     */
    public static Path withClinicRule(Path target, String name, String source, String when, String then)
            throws IOException {
        copyOfProjectRules(target);
        Files.writeString(target.resolve("clinic.drl"), """
                package org.backpainkb.rules;

                import org.backpainkb.model.*;

                rule "%s"
                    @reason(WRONG_EXERCISE)
                    @source("%s")
                when
                    %s
                then
                    %s
                end
                """.formatted(name, source, when, then));
        return target;
    }

    /**
     * A copy of the project's rules with broken files laid over them.
     *
     * @param target an empty directory
     * @param fixtures names of folders under {@code broken-rules}
     * @return the copy
     */
    public static Path brokenCopy(Path target, String... fixtures) {
        copyOfProjectRules(target);
        for (String f : fixtures) {
            copyTree(BROKEN.resolve(f), target);
        }
        return target;
    }

    /**
     * The names of every broken fixture.
     *
     * @return folder names, sorted
     */
    public static List<String> fixtureNames() {
        try (Stream<Path> dirs = Files.list(BROKEN)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every marked mistake of a fixture.
     *
     * @param fixture a folder name under {@code broken-rules}
     * @return the mistakes, by file and line
     */
    public static List<Mistake> mistakes(String fixture) {
        List<Mistake> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(BROKEN.resolve(fixture))) {
            for (Path f : files.sorted().toList()) {
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).contains(MARK)) {
                        found.add(new Mistake(f.getFileName().toString(), i + 1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /**
     * Copies a directory tree, replacing files that exist.
     *
     * @param from the source
     * @param to the target
     */
    public static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The problems that stop rules from loading, without warnings: a copy of the project's rules holds
     * whatever a clinician added to them, such as a rule in the older form or a text not yet
     * translated, and their warnings are not the mistake a test looks for.
     *
     * @param problems what validation found
     * @return the blocking ones, in order
     */
    public static List<org.backpainkb.RuleProblem> blocking(List<org.backpainkb.RuleProblem> problems) {
        return problems.stream().filter(org.backpainkb.RuleProblem::blocking).toList();
    }
}
