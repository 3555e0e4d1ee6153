package org.backpainkb.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Objects;
import org.backpainkb.internal.binding.ValueDeserializer;

/**
 * The person assessed.
 *
 * @param age age in years, 0..120, or null when not given
 */
@JsonDeserialize(using = ValueDeserializer.class)
public record Person(Integer age) {
    /**
     * Checks the age's range.
     *
     * @param age age in years, 0..120, or null when not given
     */
    public Person {
        Checks.optionalRange(age, 0, 120, "age");
    }

    // Written out rather than left to the record: see the package's documentation.
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Person other && Objects.equals(age, other.age);
    }

    @Override
    public int hashCode() {
        int h = 0;
        h = 31 * h + Objects.hashCode(age);
        return h;
    }
}
