package com.musicplayer.platform.web;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.SimpleTypeConverter;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.BindParam;
import org.springframework.web.context.request.NativeWebRequest;

/**
 * How one query record binds, worked out once per record type ({@link QueryObjects}): its canonical
 * constructor, and per component the query parameter, the type and what Spring's binder would look
 * up for it on every request (annotations, a type descriptor).
 */
final class QueryRecord {

    private static final TypeDescriptor STRING = TypeDescriptor.valueOf(String.class);
    private static final TypeDescriptor STRINGS = TypeDescriptor.valueOf(String[].class);

    /** @param query the query parameter: {@code @BindParam}'s name, else the name in snake_case */
    record Component(String name, String query, Class<?> type, TypeDescriptor descriptor) {}

    final Class<?> type;
    /** The binding result's object name, as Spring names a model attribute ({@code pageParams}). */
    final String objectName;

    final Component[] components;
    private final Constructor<?> constructor;

    private QueryRecord(Class<?> type, Constructor<?> constructor, Component[] components) {
        this.type = type;
        this.objectName = ClassUtils.getShortNameAsProperty(type);
        this.constructor = constructor;
        this.components = components;
    }

    /**
     * @throws IllegalStateException for a record component that a query parameter cannot carry: a
     *     primitive (an absent parameter has no value), a collection, array, map, {@code Optional} or
     *     nested record, or a type the conversion service cannot make from a string
     */
    static QueryRecord of(Class<?> type, ConversionService conversions) {
        if (!type.isRecord()) {
            throw new IllegalStateException(
                    type.getName() + " is not a record: @ParameterObject query objects are records");
        }
        RecordComponent[] declared = type.getRecordComponents();
        Constructor<?> constructor = canonicalConstructor(type);
        String[] queries = queryNames(type);
        Component[] components = new Component[declared.length];
        for (int i = 0; i < declared.length; i++) {
            String name = declared[i].getName();
            Class<?> componentType = declared[i].getType();
            // field-aware, as Spring's binder sees it: the component's annotations (@DateTimeFormat …) count
            MethodParameter parameter = MethodParameter.forFieldAwareConstructor(constructor, i, name);
            TypeDescriptor descriptor = new TypeDescriptor(parameter);
            components[i] = new Component(name, queries[i], componentType, descriptor);
            String unsupported = unsupported(componentType, descriptor, conversions);
            if (unsupported != null) {
                throw new IllegalStateException("Query record " + type.getName() + ": component '" + name + "' ("
                        + componentType.getSimpleName() + ") cannot be bound from query parameter '" + queries[i]
                        + "': " + unsupported);
            }
        }
        return new QueryRecord(type, constructor, components);
    }

    /**
     * The query parameter of each component, in order: {@code @BindParam("x")} names it, as for
     * Spring's binder; otherwise it is the component's name in snake_case ({@code afterId} →
     * {@code after_id}), as the JSON names fields.
     */
    static String[] queryNames(Class<?> type) {
        RecordComponent[] declared = type.getRecordComponents();
        Parameter[] parameters = canonicalConstructor(type).getParameters();
        String[] names = new String[declared.length];
        for (int i = 0; i < declared.length; i++) {
            // @BindParam targets parameters: on a component it lands on the canonical constructor's
            BindParam named = parameters[i].getAnnotation(BindParam.class);
            names[i] = named != null ? named.value() : ProblemHandling.snakeCase(declared[i].getName());
        }
        return names;
    }

    private static Constructor<?> canonicalConstructor(Class<?> type) {
        RecordComponent[] declared = type.getRecordComponents();
        Class<?>[] types = new Class<?>[declared.length];
        for (int i = 0; i < declared.length; i++) {
            types[i] = declared[i].getType();
        }
        try {
            return ReflectionUtils.accessibleConstructor(type, types);
        } catch (NoSuchMethodException ex) {
            throw new IllegalStateException("A record without its canonical constructor: " + type.getName(), ex);
        }
    }

    private static String unsupported(Class<?> type, TypeDescriptor descriptor, ConversionService conversions) {
        if (type.isPrimitive()) {
            return "a primitive has no value for an absent parameter; use "
                    + ClassUtils.resolvePrimitiveIfNecessary(type).getSimpleName();
        }
        if (type.isArray()
                || Collection.class.isAssignableFrom(type)
                || Map.class.isAssignableFrom(type)
                || type == Optional.class) {
            return "collections, arrays, maps and Optional are not supported; take a single value";
        }
        if (type.isRecord()) {
            return "nested query records are not supported";
        }
        if (!conversions.canConvert(STRING, descriptor)) {
            return "no converter from String";
        }
        return null;
    }

    /**
     * The value Spring's binder finds for a component in a query string: the parameter (one value as
     * a string, several as an array); absent, a {@code !name} default or, after a {@code _name}
     * marker, the empty value ({@code false} for a Boolean). Not URI variables or headers: these are
     * query objects.
     */
    Object value(NativeWebRequest request, Component component) {
        Object value = parameter(request, component.query());
        if (value == null) {
            value = parameter(request, WebDataBinder.DEFAULT_FIELD_DEFAULT_PREFIX + component.query());
            if (value == null
                    && parameter(request, WebDataBinder.DEFAULT_FIELD_MARKER_PREFIX + component.query()) != null) {
                value = component.type() == Boolean.class ? Boolean.FALSE : null;
            }
        }
        return value;
    }

    private static Object parameter(NativeWebRequest request, String name) {
        String[] values = request.getParameterValues(name);
        return values == null ? null : values.length == 1 ? values[0] : values;
    }

    /**
     * Converts as Spring's binder does: through the conversion service when it can, falling back to
     * Spring's own type converter (default property editors, its exceptions) when it cannot.
     *
     * @throws TypeMismatchException as Spring's binder would throw it
     */
    static Object convert(Object value, Component component, ConversionService conversions) {
        if (value instanceof String text && component.type() == String.class) {
            return text; // what the conversion service would answer, without asking it
        }
        TypeDescriptor source = value instanceof String ? STRING : value instanceof String[] ? STRINGS : null;
        if (source != null && conversions.canConvert(source, component.descriptor())) {
            try {
                return conversions.convert(value, source, component.descriptor());
            } catch (ConversionFailedException ex) {
                // Spring retries with its default editors; let its own converter decide, and fail, alike
            }
        }
        SimpleTypeConverter converter = new SimpleTypeConverter();
        converter.setConversionService(conversions);
        return converter.convertIfNecessary(value, component.type(), component.descriptor());
    }

    Object instantiate(Object[] args) {
        try {
            return constructor.newInstance(args);
        } catch (InvocationTargetException ex) {
            throw new IllegalStateException("Cannot create " + type.getName(), ex.getCause());
        } catch (ReflectiveOperationException ex) {
            throw new IllegalStateException("Cannot create " + type.getName(), ex);
        }
    }
}
