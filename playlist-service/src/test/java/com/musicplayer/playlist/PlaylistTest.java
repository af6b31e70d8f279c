package com.musicplayer.playlist;

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
 * playlist-service on a real port with real Tomcat, on this run's fresh database (emptied before
 * each test), accepting tokens from {@link TestTokens}; tests talk to it with {@link Api}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({TestTokens.Decoder.class, Api.class})
@ExtendWith(CleanDatabase.class)
public @interface PlaylistTest {}
