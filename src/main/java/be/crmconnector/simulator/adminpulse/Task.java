package be.crmconnector.simulator.adminpulse;

import java.time.LocalDate;

/**
 * One AdminPulse task. A taskflow is a template plus schedules, so "the relations of one taskflow" are the
 * relations that have tasks with that {@code templateName}.
 *
 * @param status     0 to do, 1 in progress, 2 done
 * @param relationId the unique identifier of the relation the task belongs to
 */
public record Task(String id, String templateName, int status, LocalDate deadline, String relationId) {

    public static final int TO_DO = 0;
    public static final int IN_PROGRESS = 1;
    public static final int DONE = 2;
}
