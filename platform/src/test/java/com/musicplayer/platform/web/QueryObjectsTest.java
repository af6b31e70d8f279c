package com.musicplayer.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.boot.autoconfigure.web.format.DateTimeFormatters;
import org.springframework.boot.autoconfigure.web.format.WebConversionService;
import org.springframework.boot.validation.autoconfigure.ValidatorAdapter;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.support.FormattingConversionService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.Validator;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.BindParam;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@link QueryObjects} against its oracle, Spring's own data binder: one controller takes each
 * query record both ways — {@code @ParameterObject} (ours) and {@code @ModelAttribute} (Spring's) —
 * with the same conversion service and validator as a service, and every query string must give
 * the same record, or the same status, problem body and field errors (codes, rejected value).
 */
class QueryObjectsTest {

    enum Period {
        WEEK,
        MONTH,
        ALL
    }

    /** A filter with every supported kind of component. */
    record Probe(
            @Min(1) @Max(100) Integer count,
            Long big,
            Boolean flag,
            Period period,
            @BindParam("after_id") @Min(1) Long afterId,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since,
            UUID id,
            @Size(max = 5) String name) {}

    /** The catalog filters' shape. */
    record Filter(
            @Size(max = 10) String artist,
            @Size(max = 5) String genre,
            @Size(max = 10) String q) {}

    @RestController
    static class Probes {
        @GetMapping("/ours/page")
        String page(@Valid @ParameterObject PageParams page) {
            return String.valueOf(page);
        }

        @GetMapping("/spring/page")
        String springPage(@Valid @ModelAttribute PageParams page) {
            return String.valueOf(page);
        }

        @GetMapping("/ours/probe")
        String probe(@Valid @ParameterObject Probe probe) {
            return String.valueOf(probe);
        }

        @GetMapping("/spring/probe")
        String springProbe(@Valid @ModelAttribute Probe probe) {
            return String.valueOf(probe);
        }

        @GetMapping("/ours/filter")
        String filter(@Valid @ParameterObject Filter filter, @Valid @ParameterObject PageParams page) {
            return filter + " " + page;
        }

        @GetMapping("/spring/filter")
        String springFilter(@Valid @ModelAttribute Filter filter, @Valid @ModelAttribute PageParams page) {
            return filter + " " + page;
        }

        @GetMapping("/ours/unchecked")
        String unchecked(@ParameterObject Probe probe) {
            return String.valueOf(probe);
        }

        @GetMapping("/spring/unchecked")
        String springUnchecked(@ModelAttribute Probe probe) {
            return String.valueOf(probe);
        }
    }

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** Spring MVC's validator in a Boot service (it cannot check single values), and a plain one (it can). */
    static List<Validator> validators() {
        var context = new StaticApplicationContext();
        context.refresh();
        var plain = new LocalValidatorFactoryBean();
        plain.afterPropertiesSet();
        return List.of(ValidatorAdapter.get(context, null), plain);
    }

    static MockMvc mvc(Object controller, Validator validator) {
        FormattingConversionService conversions = new WebConversionService(new DateTimeFormatters());
        return MockMvcBuilders.standaloneSetup(controller)
                .setCustomArgumentResolvers(new QueryObjects(() -> validator, () -> conversions))
                .setControllerAdvice(new ProblemHandling())
                .setValidator(validator)
                .setConversionService(conversions)
                .build();
    }

    static final List<String> PAGE = List.of(
            "",
            "limit=5",
            "limit=",
            "limit=%20",
            "limit=%205%20",
            "limit=1%202",
            "limit=0x10",
            "limit=0X10",
            "limit=%2310",
            "limit=-0x1",
            "limit=010",
            "limit=%2B5",
            "limit=1.5",
            "limit=1e2",
            "limit=abc",
            "limit=0",
            "limit=201",
            "limit=2147483647",
            "limit=2147483648",
            "limit=99999999999999999999",
            "offset=9223372036854775807",
            "offset=9223372036854775808",
            "offset=2147483648",
            "offset=-1",
            "limit=5&limit=7",
            "limit=abc&limit=5",
            "limit=5&limit=abc",
            "limit=&limit=5",
            "limit=abc&sort=BAD!",
            "limit=abc&offset=x&sort=BAD!",
            "limit=0&offset=-1&sort=BAD!",
            "sort=title,-artist",
            "sort=",
            "sort=a&sort=b",
            "sort=%20title",
            "Limit=5",
            "LIMIT=5",
            "limit[]=5",
            "!limit=7",
            "!limit=abc",
            "!limit=7&limit=3",
            "_limit=1",
            "pageParams=5",
            "page=5",
            "foo=bar&offset=3");

    static final List<String> PROBE = List.of(
            "",
            "count=7&big=-9223372036854775808&flag=true&period=MONTH&after_id=3&since=2024-02-29&name=abc",
            "count=0",
            "count=x",
            "count=x&name=toolong",
            "count=0&name=toolong",
            "big=0x7fffffffffffffff",
            "big=-9223372036854775809",
            "flag=true",
            "flag=TRUE",
            "flag=yes",
            "flag=on",
            "flag=1",
            "flag=0",
            "flag=off",
            "flag=maybe",
            "flag=",
            "flag=%20",
            "flag=true&flag=false",
            "_flag=x",
            "!flag=true",
            "_flag=x&flag=true",
            "period=WEEK",
            "period=week",
            "period=%20WEEK%20",
            "period=YEAR",
            "period=",
            "period=0",
            "after_id=5",
            "afterId=5",
            "after_id=0",
            "after_id=x",
            "after_id=x&count=0",
            "since=2024-01-31",
            "since=2024-02-30",
            "since=yesterday",
            "since=",
            "since=2024-01-31T10:00:00",
            "id=123e4567-e89b-12d3-a456-426614174000",
            "id=not-a-uuid",
            "name=abcdef",
            "name=",
            "name=%20",
            "name=a&name=b",
            "name=abc&name=def",
            "probe=x");

    static final List<String> FILTER = List.of(
            "",
            "artist=The%20Beatles&genre=Rock&q=love",
            "artist=%20",
            "q=",
            "genre=Progressive",
            "q=%25_!",
            "artist=a&artist=b",
            "q=x&limit=abc",
            "genre=toolong&limit=0",
            "genre=toolong&limit=x");

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        List<Validator> validators = validators();
        for (int v = 0; v < validators.size(); v++) {
            String validator = v == 0 ? "Boot's MVC validator" : "a plain validator";
            for (String query : PAGE) {
                cases.add(Arguments.of(validator, validators.get(v), "page", query));
            }
            for (String query : PROBE) {
                cases.add(Arguments.of(validator, validators.get(v), "probe", query));
                cases.add(Arguments.of(validator, validators.get(v), "unchecked", query));
            }
            for (String query : FILTER) {
                cases.add(Arguments.of(validator, validators.get(v), "filter", query));
            }
        }
        return cases.stream();
    }

    static final java.util.Map<Validator, MockMvc> MVC = new java.util.concurrent.ConcurrentHashMap<>();

    @ParameterizedTest(name = "{2}?{3} with {0}")
    @MethodSource("cases")
    void bindsAsSpringsBinderDoes(String validatorName, Validator validator, String endpoint, String query)
            throws Exception {
        MockMvc mvc = MVC.computeIfAbsent(validator, v -> mvc(new Probes(), v));
        MvcResult ours = mvc.perform(get("/ours/" + endpoint + "?" + query)).andReturn();
        MvcResult spring = mvc.perform(get("/spring/" + endpoint + "?" + query)).andReturn();

        assertThat(ours.getResponse().getStatus())
                .as("status; Spring answered %s", spring.getResponse().getContentAsString())
                .isEqualTo(spring.getResponse().getStatus());
        assertThat(body(ours)).as("body").isEqualTo(body(spring));
        assertThat(fieldErrors(ours)).as("field errors").isEqualTo(fieldErrors(spring));
    }

    private static String body(MvcResult result) throws Exception {
        String body = result.getResponse().getContentAsString();
        if (!body.startsWith("{")) {
            return body;
        }
        ObjectNode problem = (ObjectNode) JSON.readTree(body);
        problem.remove("instance"); // the paths differ: /ours/…, /spring/…
        if (problem.has("errors")) {
            // a validator reports constraint violations in no particular order
            List<String> errors = new ArrayList<>();
            problem.get("errors").forEach(error -> errors.add(error.toString()));
            problem.put("errors", errors.stream().sorted().toList().toString());
        }
        return problem.toString();
    }

    /** Everything a field error carries, in an order-free form (a validator reports in any order). */
    private static List<String> fieldErrors(MvcResult result) {
        if (!(result.getResolvedException() instanceof MethodArgumentNotValidException invalid)) {
            return List.of();
        }
        BindingResult errors = invalid.getBindingResult();
        List<String> described = new ArrayList<>();
        for (FieldError error : errors.getFieldErrors()) {
            described.add(String.join(
                    " | ",
                    error.getObjectName(),
                    error.getField(),
                    String.valueOf(error.getRejectedValue()),
                    String.valueOf(error.isBindingFailure()),
                    String.join(",", error.getCodes()),
                    Arrays.toString(error.getArguments()),
                    String.valueOf(error.getDefaultMessage())));
        }
        errors.getGlobalErrors().forEach(error -> described.add(String.valueOf(error)));
        return described.stream().sorted().toList();
    }

    // -- what Spring's binder has no say in: names, and what cannot bind

    record Keyset(Long afterId, @NotNull String sort) {}

    @RestController
    static class Keysets {
        @GetMapping("/keyset")
        String keyset(@Valid @ParameterObject Keyset keyset) {
            return String.valueOf(keyset);
        }
    }

    @Test
    void aMultiWordComponentIsTheSnakeCaseParameterAndItsJavaNameIsIgnored() throws Exception {
        MockMvc mvc = mvc(new Keysets(), validators().get(0));

        assertThat(mvc.perform(get("/keyset?after_id=7&sort=x"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .isEqualTo("Keyset[afterId=7, sort=x]");
        assertThat(mvc.perform(get("/keyset?afterId=7&sort=x"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .isEqualTo("Keyset[afterId=null, sort=x]");
        MvcResult mismatch = mvc.perform(get("/keyset?after_id=x&sort=x")).andReturn();
        assertThat(mismatch.getResponse().getStatus()).isEqualTo(400);
        assertThat(mismatch.getResponse().getContentAsString())
                .contains("\"loc\":[\"query\",\"after_id\"]")
                .contains("has the wrong type");
    }

    @Test
    void theOpenApiDocumentNamesTheParametersAsTheyAreBound() throws Exception {
        var queryObjects = new QueryObjects(() -> null, () -> null);
        Operation operation = new Operation()
                .addParametersItem(new Parameter().in("query").name("afterId"))
                .addParametersItem(new Parameter().in("query").name("sort"))
                .addParametersItem(new Parameter().in("path").name("afterId"));
        HandlerMethod handler =
                new HandlerMethod(new Keysets(), Keysets.class.getDeclaredMethod("keyset", Keyset.class));

        new QueryObjectDocs(queryObjects).customize(operation, handler);

        assertThat(operation.getParameters())
                .extracting(p -> p.getIn() + ":" + p.getName())
                .containsExactly("query:after_id", "query:sort", "path:afterId");
    }

    record WithPrimitive(int limit) {}

    record WithList(List<String> tags) {}

    record WithNested(Keyset keyset) {}

    record WithUnconvertible(Runnable task) {}

    @RestController
    static class Unbindable {
        @GetMapping("/a")
        void primitive(@ParameterObject WithPrimitive query) {}

        @GetMapping("/b")
        void list(@ParameterObject WithList query) {}

        @GetMapping("/c")
        void nested(@ParameterObject WithNested query) {}

        @GetMapping("/d")
        void unconvertible(@ParameterObject WithUnconvertible query) {}

        @GetMapping("/e")
        void errorsToTheMethod(@ParameterObject Keyset query, BindingResult errors) {}
    }

    @Test
    void aComponentThatCannotBeBoundStopsTheStartWithItsNameAndWhy() throws Exception {
        var queryObjects = new QueryObjects(() -> null, () -> new WebConversionService(new DateTimeFormatters()));

        assertThatThrownBy(() -> check(queryObjects, "primitive", WithPrimitive.class))
                .hasMessageContaining("component 'limit'")
                .hasMessageContaining("use Integer");
        assertThatThrownBy(() -> check(queryObjects, "list", WithList.class))
                .hasMessageContaining("component 'tags'")
                .hasMessageContaining("collections");
        assertThatThrownBy(() -> check(queryObjects, "nested", WithNested.class))
                .hasMessageContaining("nested query records");
        assertThatThrownBy(() -> check(queryObjects, "unconvertible", WithUnconvertible.class))
                .hasMessageContaining("component 'task'")
                .hasMessageContaining("no converter from String");
        assertThatThrownBy(() -> queryObjects.checkHandlers(List.of(new HandlerMethod(
                        new Unbindable(),
                        Unbindable.class.getDeclaredMethod("errorsToTheMethod", Keyset.class, BindingResult.class)))))
                .hasMessageContaining("answered as 400");
    }

    private static void check(QueryObjects queryObjects, String method, Class<?> type) throws NoSuchMethodException {
        queryObjects.checkHandlers(
                List.of(new HandlerMethod(new Unbindable(), Unbindable.class.getDeclaredMethod(method, type))));
    }
}
