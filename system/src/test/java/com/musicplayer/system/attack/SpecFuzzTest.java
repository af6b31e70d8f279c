package com.musicplayer.system.attack;

import static org.assertj.core.api.Assertions.assertThat;

import com.musicplayer.platform.test.Http;
import com.musicplayer.system.SystemUnderTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Spec-driven fuzzing: every operation in every service's /openapi.json gets at least 200
 * malformed requests (hostile path and query values, broken JSON, wrong types, huge and odd
 * strings, wrong content types), from a fixed seed. None may answer 5xx or leak internals.
 */
class SpecFuzzTest {

    static final int PER_OPERATION = 200;
    static final Pattern INTERNALS = Pattern.compile(
            "Exception|\\tat |java\\.lang|org\\.hibernate|springframework|SQLState|jdbc|Caused by|syntax error",
            Pattern.CASE_INSENSITIVE);
    static final String[] HOSTILE = {
        "abc",
        "-1",
        "0",
        "99999999999999999999",
        "1.5",
        "1e9",
        "NaN",
        "null",
        "true",
        "%00",
        "%",
        "' OR '1'='1",
        "1; DROP TABLE songs",
        "../../../etc/passwd",
        "%2e%2e%2f",
        "<script>alert(1)</script>",
        "😀🎵",
        "\u0000",
        "${jndi:ldap://127.0.0.1/x}",
        "x".repeat(3000),
        " ",
        "[]",
        "{}",
        "-0",
        "+1",
        "9223372036854775807",
        "-9223372036854775808",
        "2147483648",
        "a,b,c",
        "-title,,",
        "title;",
        "\\"
    };

    final SystemUnderTest system = SystemUnderTest.get();
    final Random random = new Random(20261126L);

    record Operation(String service, String method, String path, JsonNode spec, JsonNode components) {}

    @Test
    void malformedRequestsNeverGet5xxOrLeakInternals() {
        String admin = system.admin().token();
        String user = system.newUser().token();
        List<Operation> operations = new ArrayList<>();
        for (String service : List.of("auth", "album", "song", "user", "media", "playlist")) {
            JsonNode api =
                    Http.send("GET", system.url(service, "/openapi.json"), null).json();
            api.get("paths")
                    .properties()
                    .forEach(path -> path.getValue()
                            .properties()
                            .forEach(op -> operations.add(new Operation(
                                    service,
                                    op.getKey().toUpperCase(),
                                    path.getKey(),
                                    op.getValue(),
                                    api.path("components").path("schemas")))));
        }
        int sent = 0;
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        for (Operation op : operations) {
            for (int i = 0; i < PER_OPERATION; i++) {
                // logout with the admin's token would end the admin's session for the rest of the run
                String token = switch (random.nextInt(4)) {
                    case 0 -> null;
                    case 1 -> user;
                    default -> op.path().equals("/auth/logout") ? user : admin;
                };
                String url = system.url(op.service(), fillPath(op)) + query(op);
                String contentType = random.nextInt(10) == 0
                        ? pick("text/plain", "application/xml", "application/x-www-form-urlencoded")
                        : "application/json";
                String body = op.spec().has("requestBody") || random.nextInt(10) == 0 ? body(op) : null;
                List<String> headers = new ArrayList<>();
                if (token != null) {
                    headers.add("Authorization");
                    headers.add("Bearer " + token);
                }
                Http.Response response;
                try {
                    response = body == null
                            ? Http.send(op.method(), url, null, headers.toArray(String[]::new))
                            : sendWithType(op.method(), url, body, contentType, headers);
                } catch (IllegalStateException | IllegalArgumentException ex) {
                    continue; // the client itself refused to send it (an invalid URI): nothing reached a server
                }
                sent++;
                statuses.merge(response.status(), 1, Integer::sum);
                if (response.status() >= 500
                        || INTERNALS.matcher(response.body()).find()) {
                    failures.add(op.method() + " " + op.path() + " " + response.status() + " | "
                            + url.substring(0, Math.min(url.length(), 200)) + " -> "
                            + response.body()
                                    .substring(0, Math.min(300, response.body().length())));
                }
            }
        }
        System.out.printf(
                "Spec fuzzing: %d operations, %d malformed requests sent, %d responses >= 500 or leaking"
                        + " internals; statuses %s%n",
                operations.size(), sent, failures.size(), statuses);
        // one example per operation and status
        Map<String, String> examples = new java.util.TreeMap<>();
        for (String failure : failures) {
            String[] parts = failure.split(" ");
            examples.putIfAbsent(parts[0] + " " + parts[1] + " " + parts[2], failure);
        }
        examples.values().stream().limit(40).forEach(System.out::println);
        assertThat(operations).hasSizeGreaterThanOrEqualTo(25);
        assertThat(sent).isGreaterThanOrEqualTo(operations.size() * PER_OPERATION * 9 / 10);
        assertThat(failures).isEmpty();
    }

    Http.Response sendWithType(String method, String url, String body, String contentType, List<String> headers) {
        List<String> all = new ArrayList<>(headers);
        all.add("Content-Type");
        all.add(contentType);
        return Http.send(method, url, body, all.toArray(String[]::new));
    }

    String fillPath(Operation op) {
        String path = op.path();
        java.util.regex.Matcher m = Pattern.compile("\\{([^}]+)}").matcher(path);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(encode(hostileOrNumber())));
        }
        m.appendTail(out);
        return out.toString();
    }

    String query(Operation op) {
        List<String> params = new ArrayList<>();
        for (JsonNode p : op.spec().path("parameters")) {
            if ("query".equals(p.path("in").asText()) && random.nextBoolean()) {
                params.add(encode(p.get("name").asText()) + "=" + encode(hostileOrNumber()));
            }
        }
        if (random.nextInt(5) == 0) {
            params.add(encode(pick("limit", "offset", "sort", "q", "unknown")) + "=" + encode(hostileOrNumber()));
        }
        return params.isEmpty() ? "" : "?" + String.join("&", params);
    }

    String body(Operation op) {
        switch (random.nextInt(8)) {
            case 0:
                return pick("{", "[]", "null", "\"text\"", "{\"a\":}", "", "{}", "{\"title\": \"x\"", "123", "true");
            case 1:
                return "[".repeat(2000) + "]".repeat(2000);
            case 2:
                return "{\"title\":\"" + "é".repeat(100_000) + "\"}";
            default:
                return wrongTypes(op);
        }
    }

    /** The operation's own body with its fields set to values of the wrong type or shape. */
    String wrongTypes(Operation op) {
        JsonNode schema = op.spec()
                .path("requestBody")
                .path("content")
                .path("application/json")
                .path("schema");
        if (schema.has("$ref")) {
            schema = op.components().path(schema.get("$ref").asText().replace("#/components/schemas/", ""));
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Iterator<String> names = schema.path("properties").propertyNames().iterator();
        while (names.hasNext()) {
            String name = names.next();
            fields.put(
                    name,
                    pick(
                            "123",
                            "-1",
                            "1e400",
                            "\""
                                    + pick(HOSTILE)
                                            .replace("\\", "\\\\")
                                            .replace("\"", "\\\"")
                                            .replace("\u0000", "\\u0000")
                                    + "\"",
                            "null",
                            "true",
                            "[]",
                            "{}",
                            "[1,2]",
                            "\"\"",
                            "\"   \"",
                            "\"" + "x".repeat(600) + "\"",
                            "\"2020-13-45\"",
                            "\"ftp://example.com/x\"",
                            "99999999999999999999"));
        }
        fields.put(pick("id", "role", "password_hash", "created_at", "extra"), pick("1", "\"ADMIN\"", "null"));
        StringBuilder json = new StringBuilder("{");
        fields.forEach((k, v) -> json.append(json.length() > 1 ? "," : "")
                .append('"')
                .append(k)
                .append("\":")
                .append(v));
        return json.append('}').toString();
    }

    String hostileOrNumber() {
        return random.nextInt(4) == 0 ? String.valueOf(random.nextInt(1000) + 100_000) : pick(HOSTILE);
    }

    String pick(String... values) {
        return values[random.nextInt(values.length)];
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
