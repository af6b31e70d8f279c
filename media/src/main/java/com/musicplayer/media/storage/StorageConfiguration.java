package com.musicplayer.media.storage;

import com.musicplayer.media.MediaProperties;
import com.musicplayer.platform.config.DataDirectoryProperties;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** The {@link BlobStore} {@code musicplayer.media.storage} names. */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

    private static final Logger log = LoggerFactory.getLogger(StorageConfiguration.class);

    @Bean(destroyMethod = "")
    BlobStore blobStore(MediaProperties properties, DataDirectoryProperties data) {
        String storage = properties.storage().trim();
        BlobStore store;
        if ("local".equalsIgnoreCase(storage)) {
            store = new LocalBlobStore(data.dataDir().resolve("media"));
        } else if (storage.startsWith("s3://")) {
            store = new S3BlobStore(s3(properties.s3()), URI.create(storage));
        } else {
            throw new IllegalStateException(
                    "MUSICPLAYER_STORAGE must be 'local' or s3://bucket[/prefix], not '" + storage + "'");
        }
        log.info("Uploads and artwork are stored in {}", store.describe());
        return store;
    }

    private static S3Client s3(MediaProperties.S3 settings) {
        var builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.of(settings.region()))
                .forcePathStyle(settings.pathStyle());
        if (settings.endpoint() != null && !settings.endpoint().isBlank()) {
            builder.endpointOverride(URI.create(settings.endpoint().trim()));
        }
        if (settings.accessKey() != null && !settings.accessKey().isBlank()) {
            builder.credentialsProvider(StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(settings.accessKey(), settings.secretKey())));
        } else {
            builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
        }
        return builder.build();
    }
}
