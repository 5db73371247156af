package be.crmconnector.outbox;

/**
 * One outbound message as the outbox holds it.
 *
 * @param recipient      MAIL: the addresses, comma-separated; SLACK: the {@code ${NAME}} reference of the webhook
 * @param attachReportOf the run whose (masked) error report goes along as an attachment, or null
 * @param clientId       the invited client (kind INVITATION), else null
 */
public record OutboxMessage(long id, Channel channel, String kind, String connectorId, Long runId, Long clientId,
                            String recipient, String subject, String body, Long attachReportOf, int attempts) {

    public enum Channel {
        MAIL, SLACK
    }

    /** A message not written yet. */
    public static OutboxMessage draft(Channel channel, String kind, String connectorId, Long runId, Long clientId,
                                      String recipient, String subject, String body, Long attachReportOf) {
        return new OutboxMessage(0, channel, kind, connectorId, runId, clientId, recipient, subject, body,
                attachReportOf, 0);
    }
}
