/**
 * A stand-in for the AdminPulse REST API, in plain Java (JDK HTTP server, Jackson; no Spring, no Camel) so tests,
 * a standalone process and the application's {@code demo} profile can all run it.
 * <ul>
 *   <li>{@link be.crmconnector.simulator.adminpulse.AdminPulseSimulator}: start, stop, base URL, mutations,
 *       and a {@code main} ({@code --port 8089 --api-key demo-key [--relations 2000 [--seed 42]]}).</li>
 *   <li>{@link be.crmconnector.simulator.adminpulse.RelationSeed}: generated (deterministic) or handwritten
 *       ({@code simulator/adminpulse-seed.json}) relations and tasks, with the deliberately invalid ids listed.</li>
 *   <li>{@link be.crmconnector.simulator.adminpulse.Faults}: runtime switches for latency, 429 bursts, 5xx, 401,
 *       malformed JSON, HTML with 200, truncated and trickled bodies, records changing between pages.</li>
 *   <li>{@link be.crmconnector.simulator.adminpulse.CallLog}: calls per path and per page.</li>
 * </ul>
 * What is documented by AdminPulse and what is only "seen in client code" is listed in
 * {@code /work/shared/reference/sources.md}; behaviour the documentation leaves open (default page size 100,
 * id-ordered listings, ISO dates in task bodies) is the simulator's own choice and says so where it is made.
 */
package be.crmconnector.simulator.adminpulse;
