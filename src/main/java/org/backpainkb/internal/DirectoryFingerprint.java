package org.backpainkb.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Stream;

/** What a rules reloader polls: one hash of everything under a rules directory. */
public final class DirectoryFingerprint {

    private DirectoryFingerprint() {
    }

    /**
     * The SHA-256 of every file under a directory, paths and contents, hashed as {@link RuleFiles#hash()}
     * hashes rule files: any edit of any file (rules, thresholds, scenarios) changes it. A file larger
     * than a file of the rules may be counts by its size and modification time, unread. A file that
     * vanishes between listing and reading counts by its path only; the next look sees the change.
     *
     * @param dir the directory
     * @return the fingerprint in lower-case hex
     * @throws UncheckedIOException when the directory cannot be listed or a file cannot be read
     */
    public static String of(Path dir) {
        FileDigest digest = new FileDigest();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                byte[] content;
                try {
                    // a file too large to be one of the rules is not read: its size and time tell a change
                    long size = Files.size(p);
                    content = size > RuleFiles.MAX_FILE_BYTES
                            ? (size + " " + Files.getLastModifiedTime(p)).getBytes(StandardCharsets.UTF_8)
                            : Files.readAllBytes(p);
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
}
