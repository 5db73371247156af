package be.crmconnector.apply;

import java.time.Instant;

/**
 * Where an invitation asked for at apply time goes: the outbox, in the batch's own transaction, so that the request
 * and the client it concerns are committed together.
 */
@FunctionalInterface
public interface InvitationQueue {
    /** Without an outbox: the request is only noted on the client, which stays NOT_SENT. */
    InvitationQueue NONE = (clientId, actor, runId, now) -> "this version sends no mail yet";

    /** Queues the client's invitation mail; null when queued, else why not (no e-mail address …). */
    String ask(long clientId, String actor, Long runId, Instant now);
}
