package be.crmconnector.connector;

import be.crmconnector.connector.ConnectorDefinition.Notifications;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a connector file's {@code notifications} block strictly: {@code mailTo} (addresses), {@code slackWebhook}
 * (only a {@code ${NAME}} reference: the URL is a secret) and {@code events} (default: all of them).
 */
final class NotificationsBlock {
    private static final Set<String> KEYS = Set.of("mailTo", "slackWebhook", "events");
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{[A-Za-z0-9_.\\-]+}");
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s,]+@[^@\\s,]+\\.[^@\\s,]+");

    private NotificationsBlock() {
    }

    static Notifications read(Path file, Object raw) {
        if (raw == null) {
            return Notifications.NONE;
        }
        if (!(raw instanceof Map<?, ?> block)) {
            throw new ConnectorConfigException(file, "notifications", "expected a mapping");
        }
        block.keySet().stream().map(String::valueOf).filter(k -> !KEYS.contains(k)).findFirst().ifPresent(k -> {
            throw new ConnectorConfigException(file, "notifications." + k, "unknown setting; known: " + KEYS);
        });
        List<String> mailTo = list(file, "mailTo", block.get("mailTo"));
        mailTo.stream().filter(a -> !ADDRESS.matcher(a).matches()).findFirst().ifPresent(a -> {
            throw new ConnectorConfigException(file, "notifications.mailTo", "not an e-mail address: " + a);
        });
        Object webhook = block.get("slackWebhook");
        String reference = webhook == null ? null : String.valueOf(webhook).trim();
        if (reference != null && !REFERENCE.matcher(reference).matches()) {
            // Never echoed: it may be the webhook URL itself, a secret.
            throw new ConnectorConfigException(file, "notifications.slackWebhook", "required as a reference such as "
                    + "${SLACK_WEBHOOK_URL} (environment variable or secret); a value written in the file is refused");
        }
        Set<String> events = new LinkedHashSet<>();
        List<String> listed = block.containsKey("events") ? list(file, "events", block.get("events"))
                : List.copyOf(Notifications.EVENTS);
        for (String event : listed) {
            String name = event.trim().replace('-', '_').toUpperCase(Locale.ROOT);
            if (!Notifications.EVENTS.contains(name)) {
                throw new ConnectorConfigException(file, "notifications.events", "unknown event '" + event
                        + "'; known: " + Notifications.EVENTS);
            }
            events.add(name);
        }
        return new Notifications(mailTo, reference, Set.copyOf(events));
    }

    private static List<String> list(Path file, String key, Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).map(String::trim).toList();
        }
        throw new ConnectorConfigException(file, "notifications." + key, "expected a list");
    }
}
