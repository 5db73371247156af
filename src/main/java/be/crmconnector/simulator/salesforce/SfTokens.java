package be.crmconnector.simulator.salesforce;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Issued access tokens and the API calls each has served, for the "token expires every N calls" fault. */
final class SfTokens {

    private final SfFaults faults;
    private final Map<String, AtomicInteger> callsByToken = new ConcurrentHashMap<>();
    private final AtomicInteger issued = new AtomicInteger();

    SfTokens(SfFaults faults) {
        this.faults = faults;
    }

    String issue() {
        String token = "00DSIM!" + UUID.randomUUID().toString().replace("-", "");
        callsByToken.put(token, new AtomicInteger());
        issued.incrementAndGet();
        return token;
    }

    int issuedCount() {
        return issued.get();
    }

    /** True when the header carries a live token; counts the call against that token's lifetime. */
    boolean accept(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        AtomicInteger calls = callsByToken.get(authorization.substring("Bearer ".length()));
        if (calls == null) {
            return false;
        }
        int expiresEvery = faults.tokenExpiresEveryCalls();
        return expiresEvery <= 0 || calls.incrementAndGet() <= expiresEvery;
    }
}
