package be.crmconnector.config;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, keeps the data out of the driver's exception messages ({@code logServerErrorDetail=false}): by
 * default a failed batch entry is reported with its whole statement and every bound value ("Batch entry 0 INSERT INTO
 * client … VALUES (('Peeters'), ('85073003328'), …)"), and a constraint violation with the key's values in its
 * detail line. Those messages end up in logs and in exception texts; the SQL state, the server's message and the
 * constraint name are kept. Set here rather than in the URL so that any PostgreSQL URL an operator configures gets it.
 */
@Component
class PostgresErrorsWithoutData implements BeanPostProcessor {
    static final String PROPERTY = "logServerErrorDetail";

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
                && pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
            pool.addDataSourceProperty(PROPERTY, "false");
        }
        return bean;
    }
}
