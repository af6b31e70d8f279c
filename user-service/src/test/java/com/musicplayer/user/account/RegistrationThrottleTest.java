package com.musicplayer.user.account;

import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.musicplayer.platform.test.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@ServiceTest
@TestPropertySource(properties = "musicplayer.users.registrations-per-ip-per-hour=3")
class RegistrationThrottleTest {

    @Autowired
    MockMvc mvc;

    MockHttpServletRequestBuilder register(int i, String address) {
        return post("/users")
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                })
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"username":"user%d","email":"user%d@example.com","password":"password123","first_name":"U"}
                        """.formatted(i, i));
    }

    @Test
    void fourthRegistrationFromOneAddressWithinAnHourThen429() throws Exception {
        for (int i = 0; i < 3; i++) {
            mvc.perform(register(i, "203.0.113.7")).andExpect(status().isCreated());
        }
        mvc.perform(register(3, "203.0.113.7"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", matchesPattern("\\d+")))
                .andExpect(jsonPath("$.detail").exists());
        mvc.perform(register(4, "198.51.100.9")).andExpect(status().isCreated());
    }
}
