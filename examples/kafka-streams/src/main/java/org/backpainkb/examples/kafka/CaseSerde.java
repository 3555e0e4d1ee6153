package org.backpainkb.examples.kafka;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.backpainkb.io.CaseReader;
import org.backpainkb.io.CaseWriter;
import org.backpainkb.model.Case;

/**
 * A person's case in the store and its changelog: JSON as the library's {@link CaseWriter} writes
 * it, read back by {@link CaseReader} into an equal case. A case file and a stored case are the
 * same text.
 */
public final class CaseSerde implements Serde<Case> {

    @Override
    public Serializer<Case> serializer() {
        return (topic, c) -> {
            if (c == null) {
                return null;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
            try {
                CaseWriter.write(c, out, CaseReader.Format.JSON);
            } catch (IOException e) {
                throw new UncheckedIOException("a byte array is always writable", e);
            }
            return out.toByteArray();
        };
    }

    @Override
    public Deserializer<Case> deserializer() {
        return (topic, bytes) -> bytes == null ? null : CaseReader.readLine(bytes, 0, bytes.length);
    }
}
