package be.crmconnector.support;

/**
 * Closes a shared resource (a simulator started in a static field) when its JVM exits, as the Spring contexts cached
 * for the whole JVM are. Not when a JUnit run ends: Surefire runs each class of a fork as a run of its own when it has
 * several forks, so a resource closed at the end of a run left the next class's cached context talking to a closed
 * port. Use: {@code static final AdminPulseSimulator SIMULATOR = ClosedAtExit.of(AdminPulseSimulator.builder()...start());}
 */
public final class ClosedAtExit {
    private ClosedAtExit() {
    }

    /** Registers the resource to be closed at JVM exit and returns it. */
    public static <T extends AutoCloseable> T of(T resource) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                resource.close();
            } catch (Exception e) {
                System.err.println("Could not close " + resource + " at exit: " + e);
            }
        }, "close-at-exit"));
        return resource;
    }
}
