package com.musicplayer.subsonic;

import com.musicplayer.platform.test.CleanDatabase;
import com.musicplayer.platform.test.TestTokens;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * subsonic-service on a real port (real Tomcat: Range and sendfile are its part), on this run's
 * database emptied before each test. Every class with this annotation shares one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "musicplayer.api-keys.failures-per-account=5",
            "musicplayer.api-keys.failures-per-ip=100000",
            "musicplayer.subsonic.legacy-clients=DSub"
        })
@Import(TestTokens.Decoder.class)
@ExtendWith(CleanDatabase.class)
public @interface SubsonicTest {}
