package com.musicplayer.media.storage;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Blobs in an S3-compatible bucket (AWS SDK v2) under a key prefix. Reads are ranged GETs: a seek in
 * a 40 MB file fetches only the bytes asked for.
 */
public final class S3BlobStore implements BlobStore {

    private final S3Client s3;
    private final String bucket;
    private final String prefix;

    /** @param location {@code s3://bucket/prefix} */
    public S3BlobStore(S3Client s3, URI location) {
        this.s3 = s3;
        this.bucket = location.getHost();
        String path = location.getPath() == null ? "" : location.getPath().replaceAll("^/+|/+$", "");
        this.prefix = path.isEmpty() ? "" : path + "/";
        if (bucket == null || bucket.isBlank()) {
            throw new IllegalArgumentException("MUSICPLAYER_STORAGE must be s3://bucket[/prefix], not " + location);
        }
    }

    @Override
    public void put(String key, Path file) throws IOException {
        try {
            s3.putObject(b -> b.bucket(bucket).key(prefix + key), RequestBody.fromFile(file));
        } catch (S3Exception ex) {
            throw new IOException("Cannot store " + key + " in s3://" + bucket + ": " + ex.getMessage(), ex);
        }
        Files.deleteIfExists(file);
    }

    @Override
    public InputStream open(String key, long offset, long length) throws IOException {
        if (length == 0) {
            return InputStream.nullInputStream();
        }
        GetObjectRequest request = GetObjectRequest.builder()
                .bucket(bucket)
                .key(prefix + key)
                .range("bytes=" + offset + "-" + (offset + length - 1))
                .build();
        try {
            return s3.getObject(request);
        } catch (NoSuchKeyException ex) {
            throw new java.nio.file.NoSuchFileException("s3://" + bucket + "/" + prefix + key);
        } catch (S3Exception ex) {
            throw new IOException("Cannot read " + key + " from s3://" + bucket + ": " + ex.getMessage(), ex);
        }
    }

    @Override
    public Optional<Path> localFile(String key) {
        return Optional.empty();
    }

    @Override
    public boolean exists(String key) throws IOException {
        try {
            s3.headObject(
                    HeadObjectRequest.builder().bucket(bucket).key(prefix + key).build());
            return true;
        } catch (NoSuchKeyException ex) {
            return false;
        } catch (S3Exception ex) {
            if (ex.statusCode() == 404) {
                return false;
            }
            throw new IOException(ex.getMessage(), ex);
        }
    }

    @Override
    public void delete(String key) throws IOException {
        try {
            s3.deleteObject(b -> b.bucket(bucket).key(prefix + key));
        } catch (S3Exception ex) {
            throw new IOException("Cannot delete " + key + " from s3://" + bucket + ": " + ex.getMessage(), ex);
        }
    }

    @Override
    public String describe() {
        return "s3://" + bucket + "/" + prefix;
    }
}
