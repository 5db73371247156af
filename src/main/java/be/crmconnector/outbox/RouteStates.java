package be.crmconnector.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the route watch remembers of each route between two looks, and when a look is news. A route is said DOWN
 * only once it has been seen down at every look for {@code settleFor} (a route still starting, whose health checks
 * start DOWN until the first poll, or one failed poll, is not worth a mail). It is said back UP only if it was said
 * DOWN, and only once it has been seen up at every look for {@code settleFor} too: Camel's poll consumer clears its
 * error count when a backoff ends, so a folder that is still missing reads healthy for a moment before the next
 * failed poll, and one such look must not send "back UP" followed by a second "DOWN". A route first seen up is
 * news to no one.
 */
public class RouteStates {
    /** What a look at a route is news of. */
    public enum News {
        NONE, WENT_DOWN, CAME_BACK
    }

    /** The current spell: seen {@code down} (or up) at {@code looks} looks in a row since {@code since}. */
    private record Spell(boolean down, int looks, Instant since, boolean saidDown) {
        Spell next(boolean downNow, Instant now) {
            return downNow == down ? new Spell(down, looks + 1, since, saidDown) : new Spell(downNow, 1, now, saidDown);
        }

        boolean settled(Duration settleFor, Instant now) {
            return looks >= 2 && !since.plus(settleFor).isAfter(now);
        }

        Spell said(boolean nowSaidDown) {
            return new Spell(down, looks, since, nowSaidDown);
        }
    }

    private final Map<String, Spell> spells = new ConcurrentHashMap<>();
    private final Duration settleFor;

    public RouteStates(Duration settleFor) {
        this.settleFor = settleFor;
    }

    /** Records one look at {@code routeId} ({@code down}: whether it was down), and says what that is news of. */
    public News look(String routeId, boolean down, Instant now) {
        Spell before = spells.get(routeId);
        Spell spell = before == null ? new Spell(down, 1, now, false) : before.next(down, now);
        News news = News.NONE;
        if (spell.settled(settleFor, now) && spell.down() != spell.saidDown()) {
            news = down ? News.WENT_DOWN : News.CAME_BACK;
            spell = spell.said(down);
        }
        spells.put(routeId, spell);
        return news;
    }

    /** When the route was first seen down (or up) in its current spell. */
    public Instant since(String routeId) {
        Spell spell = spells.get(routeId);
        return spell == null ? null : spell.since();
    }
}
