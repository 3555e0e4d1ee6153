package org.backpainkb.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The methods of a call graph that can call themselves, directly or through others. */
final class CallCycles {

    private final Map<String, Set<String>> calls;
    private final Set<String> done = new HashSet<>();
    private final Set<String> path = new LinkedHashSet<>();
    private final List<String> closing = new ArrayList<>();

    private CallCycles(Map<String, Set<String>> calls) {
        this.calls = calls;
    }

    /**
     * Follows every call from every method.
     *
     * @param calls for each method, the methods it calls
     * @return each method at which a chain of calls comes back to itself, in the order found
     */
    static List<String> closingMethods(Map<String, Set<String>> calls) {
        CallCycles cycles = new CallCycles(calls);
        for (String start : new ArrayList<>(calls.keySet())) {
            cycles.visit(start);
        }
        return cycles.closing;
    }

    private void visit(String method) {
        if (done.contains(method)) {
            return;
        }
        if (path.contains(method)) {
            closing.add(method);
            return;
        }
        path.add(method);
        for (String callee : calls.getOrDefault(method, Set.of())) {
            visit(callee);
        }
        path.remove(method);
        done.add(method);
    }
}
