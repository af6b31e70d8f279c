package com.musicplayer.mediaservice.stream;

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
 * media-service on a real port with real Tomcat (Range requests and sendfile are Tomcat's part, which
 * MockMvc would skip), one ffmpeg at a time (so the busy case is deterministic), waiting 1 s for it,
 * and a music folder in the test run's data directory for scanned songs.
 * Every class with this annotation shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "musicplayer.media.transcode-concurrency=1",
            "musicplayer.media.transcode-wait=1s",
            "musicplayer.media.music-dirs=${musicplayer.data-dir}/music"
        })
@Import({TestTokens.Decoder.class, WriteProbe.class})
@ExtendWith(CleanDatabase.class)
public @interface StreamTest {}
