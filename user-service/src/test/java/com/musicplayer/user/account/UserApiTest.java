package com.musicplayer.user.account;

import static com.musicplayer.platform.test.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.musicplayer.platform.test.ServiceContract;
import com.musicplayer.platform.test.ServiceTest;
import com.musicplayer.platform.test.TestRows;
import com.musicplayer.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

@ServiceTest
class UserApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    PasswordEncoder passwords;

    ResultActions register(String username, String email) throws Exception {
        return mvc.perform(
                post("/users").contentType(MediaType.APPLICATION_JSON).content("""
                        {"username":"%s","email":"%s","password":"correct horse","first_name":"Ada","last_name":"Lovelace"}
                        """.formatted(username, email)));
    }

    /** An admin who exists, as the user behind every token must. */
    long admin(String username) {
        return new TestRows(jdbc).admin(username);
    }

    long registered(String username, String email) throws Exception {
        String body = register(username, email)
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return json.readTree(body).get("id").asLong();
    }

    @Test
    void registerReturns201WithLocationAndNoPasswordHash() throws Exception {
        register("ada", "Ada@Example.com")
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, containsString("/users/")))
                .andExpect(jsonPath("$.username").value("ada"))
                .andExpect(jsonPath("$.email").value("ada@example.com"))
                .andExpect(jsonPath("$.first_name").value("Ada"))
                .andExpect(jsonPath("$.role").value("USER"))
                .andExpect(jsonPath("$.created_at").exists())
                .andExpect(jsonPath("$.password_hash").doesNotExist())
                .andExpect(jsonPath("$.password").doesNotExist());

        String hash = jdbc.queryForObject("select password_hash from users where username = 'ada'", String.class);
        assertThat(hash).startsWith("$2a$10$");
        assertThat(passwords.matches("correct horse", hash)).isTrue();
    }

    @Test
    void registerIgnoresRoleAndIdInBody() throws Exception {
        mvc.perform(post("/users").contentType(MediaType.APPLICATION_JSON).content("""
                                {"id":999,"role":"ADMIN","password_hash":"x","username":"mallory","email":"m@example.com",
                                 "password":"password123","first_name":"M"}
                                """))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.role").value("USER"))
                .andExpect(jsonPath("$.id").value(not(999)));
    }

    @Test
    void registerWithDuplicateEmailInAnyCaseThen409() throws Exception {
        registered("ada", "ada@example.com");
        register("ada2", "ADA@example.COM")
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Email is already registered"));
        assertThat(jdbc.queryForObject("select count(*) from users", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void registerWithDuplicateUsernameThen409() throws Exception {
        registered("ada", "ada@example.com");
        register("ADA", "other@example.com")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Username is already taken"));
    }

    @Test
    void registerWithInvalidFieldsThen422ListingEachField() throws Exception {
        mvc.perform(post("/users").contentType(MediaType.APPLICATION_JSON).content("""
                                {"username":"a b","email":"not-an-email","password":"short","first_name":"  "}
                                """))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").exists())
                .andExpect(jsonPath("$.errors[*].loc[1]", hasItem("username")))
                .andExpect(jsonPath("$.errors[*].loc[1]", hasItem("email")))
                .andExpect(jsonPath("$.errors[*].loc[1]", hasItem("password")))
                .andExpect(jsonPath("$.errors[*].loc[1]", hasItem("first_name")))
                .andExpect(jsonPath("$.errors[0].loc[0]").value("body"));
        assertThat(jdbc.queryForObject("select count(*) from users", Integer.class))
                .isZero();
    }

    @Test
    void registerWithPasswordOver72BytesThen422() throws Exception {
        String longPassword = "é".repeat(37); // 74 bytes, 37 characters
        mvc.perform(post("/users").contentType(MediaType.APPLICATION_JSON).content("""
                                {"username":"ada","email":"ada@example.com","password":"%s","first_name":"Ada"}
                                """.formatted(longPassword)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].loc[1]").value("password"));
    }

    @Test
    void registerWithABodyOver1MbThen413AndNothingStored() throws Exception {
        String huge = "x".repeat(1_100_000);
        mvc.perform(post("/users")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"big\",\"email\":\"big@example.com\",\"password\":\"password1\","
                                + "\"first_name\":\"" + huge + "\"}"))
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Request body is larger than 1048576 bytes"));
        assertThat(jdbc.queryForObject("select count(*) from users", Integer.class))
                .isZero();
    }

    @Test
    void registerWithMalformedJsonThen400() throws Exception {
        mvc.perform(post("/users").contentType(MediaType.APPLICATION_JSON).content("{\"username\": "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Malformed JSON in request body"));
    }

    @Test
    void registerWithWrongTypeThen422() throws Exception {
        mvc.perform(
                        post("/users")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"username\": [1,2], \"email\":\"a@b.c\",\"password\":\"12345678\",\"first_name\":\"A\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].loc[1]").value("username"));
    }

    @Test
    void listWithoutTokenThen401WithBearerChallenge() throws Exception {
        mvc.perform(get("/users"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("Bearer")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.detail").exists());
    }

    @Test
    void listShowsEmailOnlyToSelfAndAdmins() throws Exception {
        long ada = registered("ada", "ada@example.com");
        long bob = registered("bob", "bob@example.com");

        mvc.perform(get("/users").header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.user(ada))))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "2"))
                .andExpect(jsonPath("$[0].id").value(ada))
                .andExpect(jsonPath("$[0].email").value("ada@example.com"))
                .andExpect(jsonPath("$[1].id").value(bob))
                .andExpect(jsonPath("$[1].email").doesNotExist())
                .andExpect(jsonPath("$[*].password_hash").isEmpty());

        mvc.perform(get("/users").header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.admin(admin("root")))))
                .andExpect(jsonPath("$[1].email").value("bob@example.com"));
    }

    @Test
    void listPagesWithLinkHeaders() throws Exception {
        long first = registered("user0", "user0@example.com");
        for (int i = 1; i < 5; i++) {
            registered("user" + i, "user" + i + "@example.com");
        }
        mvc.perform(get("/users?limit=2&offset=2&sort=-username")
                        .header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.user(first))))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "5"))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].username").value("user2"))
                .andExpect(jsonPath("$[1].username").value("user1"))
                .andExpect(header().string(HttpHeaders.LINK, containsString("offset=4")))
                .andExpect(header().string(HttpHeaders.LINK, containsString("rel=\"next\"")))
                .andExpect(header().string(HttpHeaders.LINK, containsString("offset=0")))
                .andExpect(header().string(HttpHeaders.LINK, containsString("rel=\"prev\"")));
    }

    @Test
    void listWithLimitOver200OrBadSortThen400() throws Exception {
        String token = bearer(TestTokens.user(registered("ada", "ada@example.com")));
        mvc.perform(get("/users?limit=201").header(HttpHeaders.AUTHORIZATION, token))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].loc[1]").value("limit"));
        mvc.perform(get("/users?limit=abc").header(HttpHeaders.AUTHORIZATION, token))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/users?sort=password_hash").header(HttpHeaders.AUTHORIZATION, token))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("Cannot sort by 'password_hash'")));
    }

    @Test
    void searchMatchesNamesCaseInsensitivelyAndTakesWildcardsLiterally() throws Exception {
        long ada = registered("ada_l", "ada@example.com");
        registered("grace", "grace@example.com");
        String token = bearer(TestTokens.user(ada));
        mvc.perform(get("/users?q=GRACE").header(HttpHeaders.AUTHORIZATION, token))
                .andExpect(header().string("X-Total-Count", "1"))
                .andExpect(jsonPath("$[0].username").value("grace"));
        mvc.perform(get("/users?q=%").header(HttpHeaders.AUTHORIZATION, token))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "0"));
        mvc.perform(get("/users?q=_").header(HttpHeaders.AUTHORIZATION, token))
                .andExpect(header().string("X-Total-Count", "1"))
                .andExpect(jsonPath("$[0].username").value("ada_l"));
    }

    @Test
    void meReturnsCallersProfile() throws Exception {
        long ada = registered("ada", "ada@example.com");
        mvc.perform(get("/users/me").header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.user(ada))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(ada))
                .andExpect(jsonPath("$.email").value("ada@example.com"));
    }

    @Test
    void getOtherUserHidesEmail() throws Exception {
        long ada = registered("ada", "ada@example.com");
        long bob = registered("bob", "bob@example.com");
        mvc.perform(get("/users/" + bob).header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.user(ada))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("bob"))
                .andExpect(jsonPath("$.email").doesNotExist());
    }

    @Test
    void getUnknownUserThen404AndBadIdThen400() throws Exception {
        String token = bearer(TestTokens.user(registered("ada", "ada@example.com")));
        mvc.perform(get("/users/424242").header(HttpHeaders.AUTHORIZATION, token))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("User 424242 not found"));
        mvc.perform(get("/users/abc").header(HttpHeaders.AUTHORIZATION, token))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").exists());
    }

    @Test
    void unknownRouteWithTokenThen404AndWrongMethodThen405() throws Exception {
        String token = bearer(TestTokens.user(registered("ada", "ada@example.com")));
        mvc.perform(get("/nothing-here").header(HttpHeaders.AUTHORIZATION, token))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/users/me").header(HttpHeaders.AUTHORIZATION, token))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void updateOwnProfilePartiallyAndRehashPassword() throws Exception {
        long ada = registered("ada", "ada@example.com");
        String before = jdbc.queryForObject("select password_hash from users where id = ?", String.class, ada);
        mvc.perform(put("/users/" + ada)
                        .header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.user(ada)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"first_name\":\"Augusta\",\"password\":\"a new password\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.first_name").value("Augusta"))
                .andExpect(jsonPath("$.last_name").value("Lovelace"))
                .andExpect(jsonPath("$.username").value("ada"));
        String after = jdbc.queryForObject("select password_hash from users where id = ?", String.class, ada);
        assertThat(after).isNotEqualTo(before);
        assertThat(passwords.matches("a new password", after)).isTrue();
    }

    @Test
    void updateOtherUserThen403() throws Exception {
        long ada = registered("ada", "ada@example.com");
        long bob = registered("bob", "bob@example.com");
        mvc.perform(put("/users/" + bob)
                        .header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.user(ada)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"first_name\":\"Hacked\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(jdbc.queryForObject("select first_name from users where id = ?", String.class, bob))
                .isEqualTo("Ada");
    }

    @Test
    void userCannotChangeOwnRoleButAdminCan() throws Exception {
        long ada = registered("ada", "ada@example.com");
        mvc.perform(put("/users/" + ada)
                        .header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.user(ada)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\":\"ADMIN\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/users/" + ada)
                        .header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.admin(admin("root"))))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\":\"ADMIN\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.role").value("ADMIN"));
    }

    @Test
    void updateToTakenEmailThen409AndInvalidThen422() throws Exception {
        long ada = registered("ada", "ada@example.com");
        registered("bob", "bob@example.com");
        String token = bearer(TestTokens.user(ada));
        mvc.perform(put("/users/" + ada)
                        .header(HttpHeaders.AUTHORIZATION, token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"BOB@example.com\"}"))
                .andExpect(status().isConflict());
        mvc.perform(put("/users/" + ada)
                        .header(HttpHeaders.AUTHORIZATION, token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"first_name\":\"   \",\"role\":\"ROOT\"}"))
                .andExpect(status().isUnprocessableContent());
        assertThat(jdbc.queryForObject("select email from users where id = ?", String.class, ada))
                .isEqualTo("ada@example.com");
    }

    @Test
    void deleteByAdminThen204AndLikesGo() throws Exception {
        long ada = registered("ada", "ada@example.com");
        TestRows rows = new TestRows(jdbc);
        rows.like(ada, rows.song("s", "a", "g"));

        mvc.perform(delete("/users/" + ada).header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.admin(admin("root")))))
                .andExpect(status().isNoContent());
        assertThat(jdbc.queryForObject("select count(*) from users where id = ?", Integer.class, ada))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from user_likes", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from songs", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void deleteByUserThen403AndUnknownThen404() throws Exception {
        long ada = registered("ada", "ada@example.com");
        mvc.perform(delete("/users/" + ada).header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.user(ada))))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/users/999999").header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.admin(admin("root")))))
                .andExpect(status().isNotFound());
    }

    @Test
    void lastAdminCannotBeDeleted() throws Exception {
        long root = registered("root", "root@example.com");
        jdbc.update("update users set role = 'ADMIN' where id = ?", root);
        mvc.perform(delete("/users/" + root).header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.admin(root))))
                .andExpect(status().isConflict());
    }

    @Test
    void credentialLookupAnswersOnlyToServiceToken() throws Exception {
        long ada = registered("ada", "ada@example.com");
        mvc.perform(get("/users/email/ADA@example.com").header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.service())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.user_id").value(ada))
                .andExpect(jsonPath("$.password_hash", containsString("$2a$")))
                .andExpect(jsonPath("$.role").value("USER"));
        mvc.perform(get("/users/email/ada@example.com")
                        .header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.admin(admin("root")))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/users/email/ada@example.com")).andExpect(status().isUnauthorized());
        mvc.perform(get("/users/email/nobody@example.com")
                        .header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.service())))
                .andExpect(status().isNotFound());
    }

    @Test
    void serviceTokenCannotUseUserRoutes() throws Exception {
        mvc.perform(get("/users").header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.service())))
                .andExpect(status().isForbidden());
    }

    @Test
    void healthAndDocsArePublic() throws Exception {
        ServiceContract.assertHealthAndDocs(mvc, "/users/{id}");
    }
}
