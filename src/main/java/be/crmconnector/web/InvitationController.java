package be.crmconnector.web;

import be.crmconnector.outbox.Invitations;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/**
 * Invitations outside an apply: send (or send again) the invitation mail of selected clients, and each client's
 * invitation history (who asked, when, sent or why not).
 */
@RestController
@RequestMapping("/api/clients")
public class InvitationController {
    private final Invitations invitations;

    public InvitationController(Invitations invitations) {
        this.invitations = invitations;
    }

    /** The clients to invite; at most 1,000 at a time. */
    public record InvitationRequest(List<Long> clientIds) {
    }

    /** Queues an invitation mail per selected client, whatever its status; the answer names those not queued. */
    @PostMapping("/invitations")
    public Map<String, Object> invite(@RequestBody InvitationRequest request, Authentication user) {
        if (request == null || request.clientIds() == null || request.clientIds().isEmpty()
                || request.clientIds().size() > 1000) {
            throw new IllegalArgumentException("Give clientIds: 1 to 1000 client ids");
        }
        Map<Long, String> notQueued = invitations.resend(request.clientIds(), "user:" + user.getName());
        return Map.of("queued", request.clientIds().stream().filter(id -> !notQueued.containsKey(id)).toList(),
                "notQueued", notQueued);
    }

    @GetMapping("/{id}/invitations")
    public List<Map<String, Object>> history(@PathVariable long id) {
        return invitations.history(id);
    }
}
