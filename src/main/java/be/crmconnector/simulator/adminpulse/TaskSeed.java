package be.crmconnector.simulator.adminpulse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Tasks of the usual Belgian tax-office taskflows, for customers only (prospects have no filings yet). */
final class TaskSeed {

    static final String PERSONAL_INCOME_TAX = "Personenbelasting 2026";
    static final String CORPORATE_TAX = "Vennootschapsbelasting 2026";
    static final String VAT_RETURN_Q3 = "BTW-aangifte Q3";
    static final String ANNUAL_ACCOUNTS = "Jaarrekening 2025";

    private final Random random;

    TaskSeed(Random random) {
        this.random = random;
    }

    List<Task> tasksFor(List<Relation> relations) {
        List<Task> tasks = new ArrayList<>();
        for (Relation relation : relations) {
            if (!"Customer".equals(relation.status())) {
                continue;
            }
            switch (relation.type()) {
                case "Person" -> maybe(tasks, relation, PERSONAL_INCOME_TAX, 70, LocalDate.of(2026, 10, 1), 45);
                case "SoleProprietor" -> {
                    maybe(tasks, relation, PERSONAL_INCOME_TAX, 70, LocalDate.of(2026, 10, 1), 45);
                    maybe(tasks, relation, VAT_RETURN_Q3, 80, LocalDate.of(2026, 10, 20), 0);
                }
                default -> {
                    maybe(tasks, relation, CORPORATE_TAX, 80, LocalDate.of(2026, 9, 1), 120);
                    maybe(tasks, relation, VAT_RETURN_Q3, 80, LocalDate.of(2026, 10, 20), 0);
                    maybe(tasks, relation, ANNUAL_ACCOUNTS, 50, LocalDate.of(2026, 6, 30), 30);
                }
            }
        }
        return tasks;
    }

    private void maybe(List<Task> tasks, Relation relation, String template, int percent, LocalDate earliest,
                       int spreadDays) {
        if (random.nextInt(100) >= percent) {
            return;
        }
        LocalDate deadline = earliest.plusDays(spreadDays == 0 ? 0 : random.nextInt(spreadDays + 1));
        int roll = random.nextInt(10);
        int status = roll < 5 ? Task.TO_DO : roll < 8 ? Task.IN_PROGRESS : Task.DONE;
        tasks.add(new Task(BelgianNumbers.uuid(random), template, status, deadline, relation.id()));
    }
}
