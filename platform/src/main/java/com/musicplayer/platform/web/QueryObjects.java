package com.musicplayer.platform.web;

import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.function.Supplier;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.ConversionService;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.Errors;
import org.springframework.validation.SmartValidator;
import org.springframework.validation.Validator;
import org.springframework.validation.annotation.ValidationAnnotationUtils;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Binds every record parameter annotated {@code @ParameterObject} ({@link PageParams}, the catalog
 * filters, any new query record) from the query string — the results and errors of Spring's data
 * binder ({@code QueryObjectsTest} holds it to that), without its per-request reflection: Spring
 * rebuilds constructor parameters, names and annotations for every request, which on a list page
 * was a sixth of the service's CPU. Here they are worked out once per record type ({@link QueryRecord}).
 *
 * <p>Per component: the query parameter is {@code @BindParam}'s name or the component's name in
 * snake_case ({@code afterId} → {@code after_id}, as {@link QueryObjectDocs} documents it); the value
 * is converted by the MVC conversion service; a value that does not convert is a type mismatch
 * (400); then the record's constraints are checked when the parameter is {@code @Valid}. Unlike
 * Spring's binder, URI variables and request headers are not bound: these are query objects.
 *
 * <p>A component that a query parameter cannot carry fails when the service starts ({@link
 * #checkHandlers}), not on a request — and is never silently left unbound while the OpenAPI
 * document lists it.
 */
final class QueryObjects implements HandlerMethodArgumentResolver {

    private final Supplier<Validator> validator;
    private final Supplier<ConversionService> conversions;
    private final DefaultBindingErrorProcessor errorProcessor = new DefaultBindingErrorProcessor();
    private final ClassValue<QueryRecord> records = new ClassValue<>() {
        @Override
        protected QueryRecord computeValue(Class<?> type) {
            return QueryRecord.of(type, conversions.get());
        }
    };

    /**
     * @param validator the validator Spring MVC's binder uses ({@code mvcValidator})
     * @param conversions the conversion service Spring MVC's binder uses ({@code mvcConversionService})
     */
    QueryObjects(Supplier<Validator> validator, Supplier<ConversionService> conversions) {
        this.validator = validator;
        this.conversions = conversions;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().isRecord() && parameter.hasParameterAnnotation(ParameterObject.class);
    }

    /** Works out every query record the handlers take, so that one that cannot bind stops the start. */
    void checkHandlers(Collection<HandlerMethod> handlers) {
        for (HandlerMethod handler : handlers) {
            MethodParameter[] parameters = handler.getMethodParameters();
            for (int i = 0; i < parameters.length; i++) {
                if (!supportsParameter(parameters[i])) {
                    continue;
                }
                records.get(parameters[i].getParameterType());
                if (i + 1 < parameters.length && Errors.class.isAssignableFrom(parameters[i + 1].getParameterType())) {
                    throw new IllegalStateException(
                            handler + ": a query record's errors are answered as 400," + " not handed to the method in "
                                    + parameters[i + 1].getParameterType().getSimpleName());
                }
            }
        }
    }

    @Override
    public Object resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer container,
            NativeWebRequest request,
            WebDataBinderFactory binders)
            throws MethodArgumentNotValidException {
        QueryRecord record = records.get(parameter.getParameterType());
        ConversionService conversions = this.conversions.get();
        QueryRecord.Component[] components = record.components;
        Object[] args = new Object[components.length];
        BindingResult mismatches = null;
        boolean[] failed = null;
        for (int i = 0; i < components.length; i++) {
            Object value = record.value(request, components[i]);
            if (value == null) {
                continue;
            }
            try {
                args[i] = QueryRecord.convert(value, components[i], conversions);
            } catch (TypeMismatchException ex) {
                if (mismatches == null) {
                    mismatches = new BeanPropertyBindingResult(null, record.objectName);
                    failed = new boolean[components.length];
                }
                failed[i] = true;
                // the field error exactly as Spring's binder records it (codes, rejected value, arguments)
                ex.initPropertyName(components[i].query());
                mismatches.recordFieldValue(components[i].query(), components[i].type(), value);
                errorProcessor.processPropertyAccessException(ex, mismatches);
            }
        }
        Object[] hints = validationHints(parameter);
        if (mismatches != null) {
            if (hints != null) {
                validateConverted(record, args, failed, mismatches, hints);
            }
            throw new MethodArgumentNotValidException(parameter, mismatches);
        }
        Object target = record.instantiate(args);
        if (hints != null) {
            BindingResult errors = new BeanPropertyBindingResult(target, record.objectName);
            Validator validator = this.validator.get();
            if (hints.length > 0 && validator instanceof SmartValidator smart) {
                smart.validate(target, errors, hints);
            } else {
                validator.validate(target, errors);
            }
            if (errors.hasErrors()) {
                throw new MethodArgumentNotValidException(parameter, errors);
            }
        }
        return target;
    }

    /** As Spring's binder: with a type mismatch, each value that did convert is checked on its own. */
    private void validateConverted(
            QueryRecord record, Object[] args, boolean[] failed, BindingResult errors, Object[] hints) {
        if (!(validator.get() instanceof SmartValidator smart)) {
            return;
        }
        for (int i = 0; i < args.length; i++) {
            if (failed[i]) {
                continue;
            }
            String name = record.components[i].name();
            errors.recordFieldValue(name, record.components[i].type(), args[i]);
            try {
                smart.validateValue(record.type, name, args[i], errors, hints);
            } catch (IllegalArgumentException ex) {
                // a validator that cannot check single values (Boot's MVC adapter): Spring skips it too
            }
        }
    }

    /** {@code @Valid}, {@code @Validated(groups)} or a {@code @Valid…} meta-annotation: checked; else not. */
    private static Object[] validationHints(MethodParameter parameter) {
        for (Annotation annotation : parameter.getParameterAnnotations()) {
            Object[] hints = ValidationAnnotationUtils.determineValidationHints(annotation);
            if (hints != null) {
                return hints;
            }
        }
        return null;
    }

    /** The query parameters of a record's components, in order (for the OpenAPI document). */
    static String[] queryNames(Class<?> type) {
        return QueryRecord.queryNames(type);
    }
}
