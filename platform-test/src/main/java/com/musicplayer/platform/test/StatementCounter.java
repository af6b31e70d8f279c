package com.musicplayer.platform.test;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements a service prepares or creates, whatever issues them (Hibernate, JDBC
 * templates, Spring Data): import it into a test and autowire it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {

    private final AtomicLong statements = new AtomicLong();

    public long count() {
        return statements.get();
    }

    public void reset() {
        statements.set(0);
    }

    @Bean
    static BeanPostProcessor countingDataSource(StatementCounter counter) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof DataSource dataSource && !(Proxy.isProxyClass(bean.getClass()))) {
                    return proxy(DataSource.class, dataSource, (proxy, method, args) -> {
                        Object result = invoke(method, dataSource, args);
                        return result instanceof Connection connection ? counter.counting(connection) : result;
                    });
                }
                return bean;
            }
        };
    }

    private Connection counting(Connection connection) {
        return proxy(Connection.class, connection, (proxy, method, args) -> {
            String name = method.getName();
            if (name.equals("prepareStatement") || name.equals("createStatement") || name.equals("prepareCall")) {
                statements.incrementAndGet();
            }
            return invoke(method, connection, args);
        });
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException ex) {
            throw ex.getCause();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
