package com.musicplayer.platform.web;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.lang.reflect.RecordComponent;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.MethodParameter;
import org.springframework.web.method.HandlerMethod;

/**
 * springdoc lists a query record's components under their Java names; {@link QueryObjects} binds
 * them under their query names ({@code afterId} → {@code after_id}). This renames the documented
 * parameters to what is bound, so the document never names a parameter the service ignores.
 */
final class QueryObjectDocs implements OperationCustomizer {

    private final QueryObjects queryObjects;

    QueryObjectDocs(QueryObjects queryObjects) {
        this.queryObjects = queryObjects;
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        if (operation.getParameters() == null) {
            return operation;
        }
        for (MethodParameter parameter : handlerMethod.getMethodParameters()) {
            if (!queryObjects.supportsParameter(parameter)) {
                continue;
            }
            Class<?> type = parameter.getParameterType();
            RecordComponent[] components = type.getRecordComponents();
            String[] queries = QueryObjects.queryNames(type);
            for (int i = 0; i < components.length; i++) {
                rename(operation, components[i].getName(), queries[i]);
            }
        }
        return operation;
    }

    private static void rename(Operation operation, String name, String query) {
        if (name.equals(query)) {
            return;
        }
        for (Parameter documented : operation.getParameters()) {
            if ("query".equals(documented.getIn()) && name.equals(documented.getName())) {
                documented.setName(query);
            }
        }
    }
}
