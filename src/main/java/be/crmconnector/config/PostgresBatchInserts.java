package be.crmconnector.config;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, lets the driver send a JDBC batch of inserts as multi-row INSERT statements
 * ({@code reWriteBatchedInserts}): staged rows, new clients and journal entries are written in batches, and
 * without this each row of a batch is still one statement for the server. Set here rather than in the URL so that
 * any PostgreSQL URL an operator configures gets it.
 */
@Component
class PostgresBatchInserts implements BeanPostProcessor {
    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
                && pool.getJdbcUrl().startsWith("jdbc:postgresql:") && !pool.getJdbcUrl().contains("reWriteBatchedInserts")) {
            pool.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        return bean;
    }
}
