package org.backpainkb.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallCyclesTest {

    @Test
    void aMethodThatCallsItselfClosesACycle() {
        assertThat(CallCycles.closingMethods(Map.of("a", Set.of("a")))).containsExactly("a");
    }

    @Test
    void methodsThatCallEachOtherCloseACycleWhereTheChainComesBack() {
        Map<String, Set<String>> calls = new LinkedHashMap<>();
        calls.put("a", Set.of("b"));
        calls.put("b", Set.of("c"));
        calls.put("c", Set.of("a"));
        assertThat(CallCycles.closingMethods(calls)).containsExactly("a");
    }

    @Test
    void aMethodReachedTwiceWithoutComingBackIsNoCycle() {
        Map<String, Set<String>> calls = new LinkedHashMap<>();
        calls.put("a", Set.of("b", "c"));
        calls.put("b", Set.of("d"));
        calls.put("c", Set.of("d"));
        assertThat(CallCycles.closingMethods(calls)).isEmpty();
    }

    @Test
    void callsOutsideTheGraphEndTheChain() {
        assertThat(CallCycles.closingMethods(Map.of("a", Set.of("elsewhere")))).isEmpty();
    }
}
