package com.musicplayer.media;

import com.musicplayer.catalog.CatalogModule;
import com.musicplayer.media.tags.TagReader;
import com.musicplayer.platform.config.DataDirectoryProperties;
import com.musicplayer.platform.web.LimitsProperties;
import jakarta.servlet.MultipartConfigElement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.NamedInterface;

/**
 * The media module (with the catalog it imports into) for a service that uses it: {@code
 * @Import(MediaModule.class)} on the service's application class (see {@link CatalogModule}).
 */
@Configuration(proxyBeanMethods = false)
@AutoConfigurationPackage
@ComponentScan
@Import(CatalogModule.class)
@EnableConfigurationProperties(MediaProperties.class)
@NamedInterface("api")
public class MediaModule {

    @Bean
    TagReader tagReader(MediaProperties properties) {
        return new TagReader(properties.ffprobe(), properties.ffmpeg());
    }

    /**
     * Multipart uploads up to {@code musicplayer.limits.max-upload-size}, parts written to the data
     * directory's {@code tmp/multipart} (same disk as the blob store: moving a part there is a rename).
     */
    @Bean
    MultipartConfigElement multipartConfig(LimitsProperties limits, DataDirectoryProperties data) throws IOException {
        Path location = Files.createDirectories(data.dataDir().resolve("tmp/multipart"));
        long max = limits.maxUploadSize().toBytes();
        return new MultipartConfigElement(location.toString(), max, max, 0);
    }
}
