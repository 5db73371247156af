package be.crmconnector.web;

import be.crmconnector.store.ClientQueries;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/** Clients in the store: list and search (national numbers masked), detail with contacts and provenance. */
@RestController
@RequestMapping("/api/clients")
public class ClientController {
    private final ClientQueries queries;

    public ClientController(ClientQueries queries) {
        this.queries = queries;
    }

    @GetMapping
    public List<Map<String, Object>> list(@RequestParam(required = false) String q,
                                          @RequestParam(defaultValue = "0") int page,
                                          @RequestParam(defaultValue = "50") int size) {
        int limit = Math.max(1, Math.min(500, size));
        return queries.search(q, Math.max(0, page) * limit, limit);
    }

    /**
     * VIEWERs see national numbers masked; ADMIN and OPERATOR see them in full on the detail. (A VIEWER's answers are
     * also masked as a whole by {@link ViewerMasking}: a number typed into another field.)
     */
    @GetMapping("/{id}")
    public Map<String, Object> get(@PathVariable long id, Authentication user) {
        return queries.detail(id, Roles.seesClearValues(user))
                .orElseThrow(() -> new NoSuchElementException("No client " + id));
    }
}
