package be.crmconnector.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the route watch remembers of each route between two looks, and when a look is news: a route is said DOWN
 * only once it has been seen down at every look for {@code downFor} (a route still starting, whose health checks
 * start DOWN until the first poll, or one failed poll, is not worth a mail), and back UP only if it was said DOWN.
 * A route first seen up is news to no one.
 */
public class RouteStates {
    /** What a look at a route is news of. */
    public enum News {
        NONE, WENT_DOWN, CAME_BACK
    }

    private record State(int downLooks, boolean saidDown, Instant since) {
    }

    private final Map<String, State> states = new ConcurrentHashMap<>();
    private final Duration downFor;

    public RouteStates(Duration downFor) {
        this.downFor = downFor;
    }

    /** Records one look at {@code routeId} ({@code down}: whether it was down), and says what that is news of. */
    public News look(String routeId, boolean down, Instant now) {
        State before = states.getOrDefault(routeId, new State(0, false, now));
        if (down) {
            int looks = before.downLooks() + 1;
            Instant since = before.downLooks() == 0 ? now : before.since();
            boolean tell = looks >= 2 && !before.saidDown() && !since.plus(downFor).isAfter(now);
            states.put(routeId, new State(looks, before.saidDown() || tell, since));
            return tell ? News.WENT_DOWN : News.NONE;
        }
        states.put(routeId, new State(0, false, now));
        return before.saidDown() ? News.CAME_BACK : News.NONE;
    }

    /** When the route was first seen down in its current spell (or up, once it is up). */
    public Instant since(String routeId) {
        State state = states.get(routeId);
        return state == null ? null : state.since();
    }
}
