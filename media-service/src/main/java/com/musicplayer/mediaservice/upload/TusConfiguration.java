package com.musicplayer.mediaservice.upload;

import com.musicplayer.media.MediaProperties;
import com.musicplayer.platform.config.DataDirectoryProperties;
import com.musicplayer.platform.web.LimitsProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import me.desair.tus.server.TusFileUploadService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The tus 1.0 server (tus-java-server) behind {@code /uploads/tus}: parts kept under {@code
 * <data-dir>/tmp/tus}, uploads up to {@code musicplayer.limits.max-upload-size}, an unfinished upload
 * kept for {@code musicplayer.media.tus-expiry} (24 h) and then removed by a cleanup every 15 minutes.
 * The concatenation extension is off: a partial upload would otherwise "complete" and be imported.
 */
@Configuration(proxyBeanMethods = false)
class TusConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TusConfiguration.class);

    @Bean
    TusFileUploadService tusFileUploadService(
            DataDirectoryProperties data, LimitsProperties limits, MediaProperties media) throws IOException {
        Path storage = Files.createDirectories(data.dataDir().resolve("tmp/tus"));
        return new TusFileUploadService()
                .withUploadUri(TusUploadController.PATH)
                .withStoragePath(storage.toString())
                .withMaxUploadSize(limits.maxUploadSize().toBytes())
                .withUploadExpirationPeriod(media.tusExpiry().toMillis())
                .disableTusExtension("concatenation");
    }

    @Bean
    TusCleanup tusCleanup(TusFileUploadService tus) {
        return new TusCleanup(tus);
    }

    /** Removes expired unfinished uploads and stale locks. */
    static final class TusCleanup {
        private final TusFileUploadService tus;

        TusCleanup(TusFileUploadService tus) {
            this.tus = tus;
        }

        @Scheduled(fixedDelayString = "PT15M", initialDelayString = "PT1M")
        void cleanup() {
            try {
                tus.cleanup();
            } catch (IOException ex) {
                log.warn("Cleaning up expired tus uploads failed: {}", ex.toString());
            }
        }
    }
}
