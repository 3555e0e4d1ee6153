package org.backpainkb.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.zip.CRC32;
import java.util.stream.Stream;
import org.backpainkb.RuleProblem;
import org.backpainkb.RulesException;

/**
 * The rule files of one knowledge base, read once: DRL sources by their path relative to the
 * rules directory, the optional thresholds file, and the reference data the rules name by key
 * (declared reason codes, sources, patient texts in each language) or pick from (the exercise library).
 *
 * @param drl the DRL files, sorted by path
 * @param thresholdsYaml the contents of {@value #THRESHOLDS_FILE}, or null when there is none
 * @param data {@value #REASON_CODES_FILE}, {@value #SOURCES_FILE}, {@value #EXERCISES_FILE} and the texts
 *        under {@value #TEXTS_DIR}, sorted by path
 */
public record RuleFiles(List<RuleFile> drl, String thresholdsYaml, List<RuleFile> data) {

    /** Where the bundled rules are on the class path. */
    public static final String BUNDLED_ROOT = "org/backpainkb/rules/";
    /** The list of bundled rule files, written at build time. */
    public static final String INDEX_FILE = "rules.index";
    /** Thresholds the rules read, beside the DRL. */
    public static final String THRESHOLDS_FILE = "thresholds.yaml";
    /** The reason codes the rules may conclude, beside the DRL. */
    public static final String REASON_CODES_FILE = "reason-codes.yaml";
    /** Where the rules' knowledge comes from, by key, beside the DRL. */
    public static final String SOURCES_FILE = "sources.yaml";
    /** The folder of patient texts, one file per language, e.g. {@code texts/en.yaml}. */
    public static final String TEXTS_DIR = "texts/";
    /** The exercise library suggestions are picked from, beside the DRL. */
    public static final String EXERCISES_FILE = ExerciseLibraryFile.FILE;

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
     * @param data {@value #REASON_CODES_FILE}, {@value #SOURCES_FILE}, {@value #EXERCISES_FILE} and the texts
     *        under {@value #TEXTS_DIR}
     */
    public RuleFiles {
        drl = drl.stream().sorted(Comparator.comparing(RuleFile::path)).toList();
        data = data.stream().sorted(Comparator.comparing(RuleFile::path)).toList();
    }

    /**
     * DRL files and thresholds without reference data: rules in the old form only.
     *
     * @param drl the DRL files
     * @param thresholdsYaml the contents of {@value #THRESHOLDS_FILE}, or null when there is none
     */
    public RuleFiles(List<RuleFile> drl, String thresholdsYaml) {
        this(drl, thresholdsYaml, List.of());
    }

    /**
     * The same files with other DRL: for compiling a part of them.
     *
     * @param otherDrl the DRL files
     * @return the files
     */
    public RuleFiles withDrl(List<RuleFile> otherDrl) {
        return new RuleFiles(otherDrl, thresholdsYaml, data);
    }

    /**
     * One reference data file by its path.
     *
     * @param path e.g. {@value #SOURCES_FILE} or {@code texts/en.yaml}
     * @return its text, or null when there is none
     */
    public String dataFile(String path) {
        return data.stream().filter(f -> f.path().equals(path)).map(RuleFile::text).findFirst().orElse(null);
    }

    /** Whether a path relative to the rules directory is reference data the rules name by key. */
    static boolean isData(String path) {
        return path.equals(REASON_CODES_FILE) || path.equals(SOURCES_FILE) || path.equals(EXERCISES_FILE)
                || (path.startsWith(TEXTS_DIR) && path.endsWith(".yaml") && path.indexOf('/', TEXTS_DIR.length()) < 0);
    }

    /**
     * The exercise library of these rules.
     *
     * @return the contents of {@value #EXERCISES_FILE}, or null when there is none (the bundled library is used)
     */
    public String exercisesYaml() {
        return dataFile(EXERCISES_FILE);
    }

    /**
     * The exercise library of the bundled rules, as the jar holds it.
     *
     * @return the file's contents
     */
    public static String bundledExercisesYaml() {
        String yaml = readResource(BUNDLED_ROOT + EXERCISES_FILE);
        if (yaml == null) {
            throw new IllegalStateException("the bundled exercise library " + BUNDLED_ROOT + EXERCISES_FILE + " is missing");
        }
        return yaml;
    }

    /**
     * Reads every {@code *.drl} file under a directory (not the scenarios), the thresholds file and the
     * exercise library.
     *
     * @param dir the rules directory
     * @return the files
     * @throws RulesException when the directory is missing, cannot be read or holds no rule file
     */
    public static RuleFiles fromDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new RulesException(List.of(new RuleProblem(dir.toString(), 0, Files.exists(dir)
                    ? "this is a file, not a rules directory: name the folder that holds the .drl files"
                    : "no such rules directory", RuleProblem.Kind.FILES)));
        }
        List<RuleFile> files = new ArrayList<>();
        List<RuleFile> data = new ArrayList<>();
        long total = 0;
        // the folder itself may be a link (a deployment's "current" folder); a link inside it is refused
        try (Stream<Path> paths = Files.walk(dir.toRealPath())) {
            Path root = dir.toRealPath();
            for (Path p : paths.toList()) {
                String relative = root.relativize(p).toString().replace('\\', '/');
                if (relative.equals(SCENARIOS_DIR) || relative.startsWith(SCENARIOS_DIR + "/")) {
                    // what the rules must conclude, not rules: a draft kept there is not loaded
                    continue;
                }
                boolean ofTheRules = relative.endsWith(".drl") || isData(relative) || relative.equals(THRESHOLDS_FILE);
                if (ofTheRules && HiddenCharacters.first(relative, false) >= 0) {
                    // its name would start every line that speaks of it: a line break or an escape in it
                    // would forge a line, or colour one, of validate's output and of the application's log
                    throw new RulesException(List.of(new RuleProblem(HiddenCharacters.shown(relative), 0, "the name of"
                            + " this file holds a character a screen does not show ("
                            + HiddenCharacters.named(HiddenCharacters.first(relative, false)) + "): rename the file",
                            RuleProblem.Kind.FILES)));
                }
                if (Files.isSymbolicLink(p) && Files.isDirectory(p)) {
                    // not followed, its rule files would be left out without a word
                    throw linked(relative + "/");
                }
                if (!Files.isRegularFile(p)) {
                    if (Files.isDirectory(p) && ofTheRules) {
                        // skipped, the defaults would stand in for the clinic's thresholds or library without a word
                        throw new RulesException(List.of(new RuleProblem(relative, 0, "a folder, not a file: the rules"
                                + " read a file of this name; rename the folder or put the file in its place",
                                RuleProblem.Kind.FILES)));
                    }
                    if (!Files.isDirectory(p) && ofTheRules) {
                        // a named pipe or a device: read, it could hang or never end; skipped, a rule would be missing
                        throw new RulesException(List.of(new RuleProblem(relative, 0, "not a file (a pipe, a device or a"
                                + " socket): the rules are read only from plain files", RuleProblem.Kind.FILES)));
                    }
                    continue;
                }
                if (Files.isSymbolicLink(p) && ofTheRules) {
                    throw linked(relative);
                }
                long size = Files.size(p);
                if (ofTheRules && size > MAX_FILE_BYTES) {
                    throw new RulesException(List.of(new RuleProblem(relative, 0, "the file has " + size
                            + " bytes; a file of the rules holds at most " + MAX_FILE_BYTES + ": split it by topic",
                            RuleProblem.Kind.FILES)));
                }
                if (ofTheRules) {
                    total += size;
                    if (total > MAX_DIRECTORY_BYTES || files.size() + data.size() == MAX_FILES) {
                        throw new RulesException(List.of(new RuleProblem(dir.toString(), 0, "the rules directory holds more"
                                + " than " + MAX_FILES + " files or " + MAX_DIRECTORY_BYTES / (1024 * 1024) + " MiB of rules,"
                                + " texts and data (counting up to " + relative + "): keep only the rules of one"
                                + " knowledge base in it", RuleProblem.Kind.FILES)));
                    }
                }
                if (relative.endsWith(".drl")) {
                    files.add(new RuleFile(relative, readText(p, relative)));
                } else if (isData(relative)) {
                    data.add(new RuleFile(relative, readText(p, relative)));
                }
            }
            Path thresholds = dir.resolve(THRESHOLDS_FILE);
            if (Files.isSymbolicLink(thresholds)) {
                throw linked(THRESHOLDS_FILE);
            }
            String yaml = Files.isRegularFile(thresholds) ? readText(thresholds, THRESHOLDS_FILE) : null;
            if (files.isEmpty()) {
                throw new RulesException(List.of(new RuleProblem(dir.toString(), 0, "no .drl rule file in the directory", RuleProblem.Kind.FILES)));
            }
            return new RuleFiles(files, yaml, data);
        } catch (IOException | UncheckedIOException e) {
            throw new RulesException(List.of(new RuleProblem(dir.toString(), 0, "cannot read the rules: " + HiddenCharacters.shown(String.valueOf(e.getMessage())),
                    RuleProblem.Kind.FILES)));
        }
    }

    /**
     * A rule file, texts or data file that is a symbolic link: followed, it would read whatever file the
     * link names (a server's configuration, with its passwords, shown to a person as a note), so the
     * rules are read only from files in their own folder.
     */
    private static RulesException linked(String relative) {
        return new RulesException(List.of(new RuleProblem(relative, 0, "a symbolic link, not a file: the rules are read"
                + " only from files in their own folder, so a link to a file or folder elsewhere is not followed (copy"
                + " it into the folder instead)", RuleProblem.Kind.FILES)));
    }

    /**
     * A file of the rules as text: UTF-8, without the byte order mark some editors write first, so
     * that every check and the compiler read the same text.
     *
     * @throws RulesException at the line of the first byte that is not UTF-8 (a file saved in another
     *         encoding would otherwise lose its accented letters, or fail with no file named)
     */
    private static String readText(Path p, String relative) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(p));
        CharBuffer text = CharBuffer.allocate(bytes.remaining());
        CoderResult result = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes, text, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < bytes.position(); i++) {
                line += bytes.get(i) == '\n' ? 1 : 0;
            }
            throw new RulesException(List.of(new RuleProblem(relative, line, "this line is not UTF-8 text: save the"
                    + " file as UTF-8 (an editor's Save As offers the encoding)", RuleProblem.Kind.FILES)));
        }
        return CaseDocuments.withoutByteOrderMark(text.flip().toString());
    }

    /** The folder of scenarios in a rules directory: nothing in it is read as rules. */
    static final String SCENARIOS_DIR = "scenarios";

    /** Larger files are not read: at most four bytes a character, for the longest text a file may hold. */
    static final long MAX_FILE_BYTES = 4L * RuleFileShape.MAX_FILE_CHARS;

    /** The most bytes of rules, texts and data a directory may hold: a few hundred times the project's. */
    static final long MAX_DIRECTORY_BYTES = 32L * 1024 * 1024;

    /** The most rule, text and data files a directory may hold. */
    static final int MAX_FILES = 1_000;

    /** The bundled files, read once: they are in the jar and cannot change while it runs. */
    private static volatile RuleFiles bundled;

    /**
     * Reads the rules bundled in the jar, as listed by the index written at build time, once.
     *
     * @return the files
     */
    public static RuleFiles bundled() {
        RuleFiles files = bundled;
        if (files == null) {
            files = readBundled();
            PrecomputedTrees.registerBundled(files);
            bundled = files;
        }
        return files;
    }

    private static RuleFiles readBundled() {
        String index = readResource(BUNDLED_ROOT + INDEX_FILE);
        if (index == null) {
            return fromUnindexedClassesDirectory();
        }
        List<RuleFile> files = index.lines().filter(l -> !l.isBlank())
                .map(name -> new RuleFile(name, readResource(BUNDLED_ROOT + name))).toList();
        return new RuleFiles(files.stream().filter(f -> f.path().endsWith(".drl")).toList(),
                readResource(BUNDLED_ROOT + THRESHOLDS_FILE),
                files.stream().filter(f -> !f.path().endsWith(".drl")).toList());
    }

    /** Classes compiled by an IDE, without the build's index: the rules are plain files beside them. */
    private static RuleFiles fromUnindexedClassesDirectory() {
        URL root = RuleFiles.class.getResource("/" + BUNDLED_ROOT);
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

    private static String readResource(String name) {
        byte[] bytes = resourceBytes(name);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    /**
     * A resource of the library's own jar, or null when there is none. Asked of a class rather than of
     * its class loader: in the library's module the rules' folder is one of its packages, whose
     * resources a class loader does not give out, while the module's own classes may read them.
     */
    static byte[] resourceBytes(String name) {
        try (InputStream in = RuleFiles.class.getResourceAsStream("/" + name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /**
     * The SHA-256 of the DRL and reference data files' paths and contents: the same rules and texts
     * give the same hash.
     *
     * @return the hash in lower-case hex
     */
    public String hash() {
        FileDigest digest = new FileDigest();
        eachFile(digest::add);
        return digest.hex();
    }

    /**
     * Whether these are the same files as others, path for path and text for text. Equal to
     * {@link #equals}, without the record's generated comparison: the first such comparison in a JVM
     * builds dozens of classes at run time, about 40 ms of a one-off {@code assess} that compares
     * {@code ./rules-drl} with the bundled rules.
     *
     * @param other other rule files
     * @return true when every path and text is the same
     */
    public boolean sameFiles(RuleFiles other) {
        return Objects.equals(thresholdsYaml, other.thresholdsYaml) && same(drl, other.drl) && same(data, other.data);
    }

    private static boolean same(List<RuleFile> files, List<RuleFile> others) {
        if (files.size() != others.size()) {
            return false;
        }
        for (int i = 0; i < files.size(); i++) {
            RuleFile file = files.get(i);
            RuleFile other = others.get(i);
            if (!file.path().equals(other.path()) || !file.text().equals(other.text())) {
                return false;
            }
        }
        return true;
    }

    /**
     * A CRC-32 over what {@link #hash()} hashes: enough to tell whether these are the files the build
     * precompiled (both come from the same jar), without starting the platform's message digests, which
     * costs a one-off run about 40 ms.
     *
     * @return the checksum in lower-case hex
     */
    public String checksum() {
        CRC32 crc = new CRC32();
        eachFile((name, content) -> {
            crc.update(name.getBytes(StandardCharsets.UTF_8));
            crc.update(0);
            crc.update(content);
            crc.update(0);
        });
        return Long.toHexString(crc.getValue());
    }

    /** Each DRL then reference data file, its path and its content with Unix line ends. */
    private void eachFile(BiConsumer<String, byte[]> action) {
        for (RuleFile f : java.util.stream.Stream.concat(drl.stream(), data.stream()).toList()) {
            action.accept(f.path(), f.text().replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
        }
    }
}
