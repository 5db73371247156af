package be.crmconnector.simulator.adminpulse;

/** The standalone launcher's options; unknown flags fail loudly rather than being silently ignored. */
record CommandLine(int port, String apiKey, Integer relations, long seed) {

    static CommandLine parse(String[] args) {
        int port = 8089;
        String apiKey = "demo-key";
        Integer relations = null;
        long seed = 42;
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("Missing value after " + args[i]);
            }
            String value = args[i + 1];
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(value);
                case "--api-key" -> apiKey = value;
                case "--relations" -> relations = Integer.parseInt(value);
                case "--seed" -> seed = Long.parseLong(value);
                default -> throw new IllegalArgumentException(
                        "Unknown option " + args[i] + "; use --port, --api-key, --relations, --seed");
            }
        }
        return new CommandLine(port, apiKey, relations, seed);
    }
}
