package be.crmconnector.simulator.adminpulse;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** The documented endpoints, as pure functions of the store and the query string. */
final class ApiRoutes {

    static final int MAX_PAGE_SIZE = 400;
    /** Not documented; 100 keeps default pages small so a client that forgets pageSize still pages. */
    static final int DEFAULT_PAGE_SIZE = 100;
    private static final Set<String> STATUSES = Set.of("Customer", "Prospect", "OwnCompany", "Other");

    record Answer(int status, Object body) {
    }

    private final RelationStore store;

    ApiRoutes(RelationStore store) {
        this.store = store;
    }

    static boolean isListing(String path) {
        return "/relations".equals(path) || "/tasks".equals(path);
    }

    Answer route(String path, QueryParams params) {
        if ("/relations".equals(path)) {
            Predicate<Relation> filter = relationFilter(params);
            return new Answer(200, page(filter == null ? store.relations() : store.relations(filter), params));
        }
        if ("/tasks".equals(path)) {
            return new Answer(200, page(store.tasks(taskFilter(params)), params));
        }
        if (path.startsWith("/relations/") && path.indexOf('/', "/relations/".length()) < 0) {
            String id = path.substring("/relations/".length());
            return store.relation(id).<Answer>map(relation -> new Answer(200, relation))
                    .orElseGet(() -> error(404, "Not Found", "No relation with id " + id));
        }
        return error(404, "Not Found", "No such resource: " + path);
    }

    static Answer error(int status, String error, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("error", error);
        body.put("message", message);
        return new Answer(status, body);
    }

    /** The filter the query asks for; null when it asks for none. */
    private static Predicate<Relation> relationFilter(QueryParams params) {
        Predicate<Relation> filter = null;
        Optional<String> vat = params.text("vatNumber");
        if (vat.isPresent()) {
            if (!vat.get().matches("\\d{9,10}")) {
                throw new QueryParams.BadRequest("vatNumber must be 9 or 10 digits, was '" + vat.get() + "'");
            }
            String wanted = vat.get().length() == 9 ? "0" + vat.get() : vat.get();
            filter = and(filter, relation -> relation.vatNumber() != null
                    && relation.vatNumber().replaceAll("\\D", "").equals(wanted));
        }
        Optional<String> status = params.text("status");
        if (status.isPresent()) {
            if (!STATUSES.contains(status.get())) {
                throw new QueryParams.BadRequest("status must be one of " + STATUSES + ", was '" + status.get() + "'");
            }
            filter = and(filter, relation -> status.get().equals(relation.status()));
        }
        return filter;
    }

    private static Predicate<Relation> and(Predicate<Relation> filter, Predicate<Relation> more) {
        return filter == null ? more : filter.and(more);
    }

    private static Predicate<Task> taskFilter(QueryParams params) {
        Optional<String> relationId = params.text("relationId");
        Optional<String> template = params.text("templateName").map(name -> name.toLowerCase(Locale.ROOT));
        Optional<LocalDate> from = params.date("deadlineFrom");
        Optional<LocalDate> until = params.date("deadlineUntil");
        return task -> relationId.map(id -> id.equals(task.relationId())).orElse(true)
                && template.map(name -> name.equals(task.templateName().toLowerCase(Locale.ROOT))).orElse(true)
                && from.map(date -> !task.deadline().isBefore(date)).orElse(true)
                && until.map(date -> !task.deadline().isAfter(date)).orElse(true);
    }

    private static Map<String, Object> page(List<?> all, QueryParams params) {
        int page = params.integer("page", 0, 0, Integer.MAX_VALUE);
        int pageSize = params.integer("pageSize", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
        long from = Math.min((long) page * pageSize, all.size());
        long to = Math.min(from + pageSize, all.size());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("results", all.subList((int) from, (int) to));
        body.put("page", page);
        body.put("pageSize", pageSize);
        body.put("pageCount", (all.size() + pageSize - 1) / pageSize);
        body.put("totalCount", all.size());
        return body;
    }
}
