package com.musicplayer.platform.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** What every service promises (DESIGN §1): public /health, /docs and an OpenAPI 3.1 document that names fields as the JSON does. */
public final class ServiceContract {

    private ServiceContract() {}

    public static void assertHealthAndDocs(MockMvc mvc, String... documentedPaths) throws Exception {
        mvc.perform(get("/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/docs")).andExpect(status().is3xxRedirection());
        String doc = mvc.perform(get("/openapi.json"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        JsonNode api = Http.JSON.readTree(doc);
        assertThat(api.get("openapi").asText()).startsWith("3.1");
        for (String path : documentedPaths) {
            assertThat(api.get("paths").has(path)).as("documents %s", path).isTrue();
        }
        List<String> camelCase = new ArrayList<>();
        api.path("components")
                .path("schemas")
                .properties()
                .forEach(schema -> schema.getValue()
                        .path("properties")
                        .propertyNames()
                        .forEach(name -> {
                            if (!name.matches("[a-z0-9_]+")) {
                                camelCase.add(schema.getKey() + "." + name);
                            }
                        }));
        assertThat(camelCase).as("schema properties not in snake_case").isEmpty();
    }
}
