package org.backpainkb.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.backpainkb.RuleProblem;
import org.backpainkb.RulesException;

/**
 * The rule files of one knowledge base, read once: DRL sources by their path relative to the
 * rules directory, and the optional thresholds file.
 *
 * @param drl the DRL files, sorted by path
 * @param thresholdsYaml the contents of {@value #THRESHOLDS_FILE}, or null when there is none
 */
public record RuleFiles(List<RuleFile> drl, String thresholdsYaml) {

    /** Where the bundled rules are on the class path. */
    public static final String BUNDLED_ROOT = "org/backpainkb/rules/";
    /** The list of bundled rule files, written at build time. */
    public static final String INDEX_FILE = "rules.index";
    /** Thresholds the rules read, beside the DRL. */
    public static final String THRESHOLDS_FILE = "thresholds.yaml";

    /**
     * One DRL file.
     *
     * @param path the path relative to the rules directory, with forward slashes
     * @param text the DRL source
     */
    public record RuleFile(String path, String text) {
    }

    /**
     * Sorts the files so the hash does not depend on the order a directory lists them.
     *
     * @param drl the DRL files, sorted by path
     * @param thresholdsYaml the contents of {@value #THRESHOLDS_FILE}, or null when there is none
     */
    public RuleFiles {
        drl = drl.stream().sorted(Comparator.comparing(RuleFile::path)).toList();
    }

    /**
     * Reads every {@code *.drl} file under a directory (not the scenarios) and the thresholds file.
     *
     * @param dir the rules directory
     * @return the files
     * @throws RulesException when the directory is missing, cannot be read or holds no rule file
     */
    public static RuleFiles fromDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new RulesException(List.of(new RuleProblem(dir.toString(), 0, "no such rules directory", RuleProblem.Kind.FILES)));
        }
        List<RuleFile> files = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.filter(p -> p.toString().endsWith(".drl") && Files.isRegularFile(p)).toList()) {
                files.add(new RuleFile(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p)));
            }
            Path thresholds = dir.resolve(THRESHOLDS_FILE);
            String yaml = Files.isRegularFile(thresholds) ? Files.readString(thresholds) : null;
            if (files.isEmpty()) {
                throw new RulesException(List.of(new RuleProblem(dir.toString(), 0, "no .drl rule file in the directory", RuleProblem.Kind.FILES)));
            }
            return new RuleFiles(files, yaml);
        } catch (IOException | UncheckedIOException e) {
            throw new RulesException(List.of(new RuleProblem(dir.toString(), 0, "cannot read the rules: " + e.getMessage(),
                    RuleProblem.Kind.FILES)));
        }
    }

    /**
     * Reads the rules bundled in the jar, as listed by the index written at build time.
     *
     * @return the files
     */
    public static RuleFiles bundled() {
        ClassLoader loader = RuleFiles.class.getClassLoader();
        String index = readResource(loader, BUNDLED_ROOT + INDEX_FILE);
        if (index == null) {
            return fromUnindexedClassesDirectory(loader);
        }
        List<RuleFile> files = index.lines().filter(l -> !l.isBlank())
                .map(name -> new RuleFile(name, readResource(loader, BUNDLED_ROOT + name))).toList();
        return new RuleFiles(files, readResource(loader, BUNDLED_ROOT + THRESHOLDS_FILE));
    }

    /** Classes compiled by an IDE, without the build's index: the rules are plain files beside them. */
    private static RuleFiles fromUnindexedClassesDirectory(ClassLoader loader) {
        URL root = loader.getResource(BUNDLED_ROOT);
        if (root == null || !"file".equals(root.getProtocol())) {
            throw new IllegalStateException("the bundled rule index " + BUNDLED_ROOT + INDEX_FILE
                    + " is missing: the library was not built by its own build");
        }
        try {
            return fromDirectory(Path.of(root.toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot read the bundled rules at " + root, e);
        }
    }

    private static String readResource(ClassLoader loader, String name) {
        byte[] bytes = resourceBytes(loader, name);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    /** A class-path resource's bytes, or null when there is none. */
    static byte[] resourceBytes(ClassLoader loader, String name) {
        try (InputStream in = loader.getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /**
     * The SHA-256 of the DRL files' paths and contents: the same rules give the same hash.
     *
     * @return the hash in lower-case hex
     */
    public String hash() {
        Digest digest = new Digest();
        for (RuleFile f : drl) {
            digest.add(f.path(), f.text().replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
        }
        return digest.hex();
    }

    /**
     * The SHA-256 of every file under a directory, paths and contents, hashed as {@link #hash()}
     * hashes rule files: any edit of any file (rules, thresholds, scenarios) changes it. A file that
     * vanishes between listing and reading counts by its path only; the next look sees the change.
     *
     * @param dir the directory
     * @return the fingerprint in lower-case hex
     * @throws UncheckedIOException when the directory cannot be listed or a file cannot be read
     */
    public static String fingerprint(Path dir) {
        Digest digest = new Digest();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                byte[] content;
                try {
                    content = Files.readAllBytes(p);
                } catch (NoSuchFileException e) {
                    content = new byte[0];
                }
                digest.add(dir.relativize(p).toString().replace('\\', '/'), content);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir, e);
        }
        return digest.hex();
    }

    /** SHA-256 over named contents, each name and content ended by a zero byte so no two lists collide. */
    private static final class Digest {
        private final MessageDigest sha;

        Digest() {
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java platform has SHA-256", e);
            }
        }

        void add(String name, byte[] content) {
            sha.update(name.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(content);
            sha.update((byte) 0);
        }

        String hex() {
            return HexFormat.of().formatHex(sha.digest());
        }
    }
}
