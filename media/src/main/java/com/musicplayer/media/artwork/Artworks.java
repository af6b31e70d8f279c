package com.musicplayer.media.artwork;

import com.musicplayer.media.storage.BlobStore;
import com.musicplayer.platform.config.DataDirectoryProperties;
import com.musicplayer.platform.web.NotFoundException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import net.coobird.thumbnailator.Thumbnails;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Cover art: each image stored once by its content hash (embedded pictures and folder images alike),
 * served at {@code /artwork/{id}}, resized on request and kept resized on local disk. An image never
 * changes, so its URL can be cached for good.
 */
@Service
@NamedInterface("api")
public class Artworks {

    private static final Logger log = LoggerFactory.getLogger(Artworks.class);

    public static final int MIN_SIZE = 16;
    public static final int MAX_SIZE = 2048;

    /** A stored image; {@code created} when this call stored it (a failed upload takes it back). */
    public record Saved(long id, boolean created) {}

    /** An image ready to send: a local file, its type, and a strong ETag. */
    public record Rendered(Path file, String mimeType, String etag) {}

    private final ArtworkRepository artwork;
    private final BlobStore blobs;
    private final Path cache;
    private final TransactionTemplate transaction;

    Artworks(
            ArtworkRepository artwork,
            BlobStore blobs,
            DataDirectoryProperties data,
            PlatformTransactionManager transactions) {
        this.artwork = artwork;
        this.blobs = blobs;
        this.cache = data.dataDir().resolve("cache/artwork");
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public static String url(long id) {
        return "/artwork/" + id;
    }

    /** Stores the image unless the same content is stored already; its own transaction. */
    public Saved save(CoverImage image) {
        for (int attempt = 1; ; attempt++) {
            Optional<Artwork> existing = artwork.findBySha256(image.sha256());
            if (existing.isPresent()) {
                return new Saved(existing.get().getId(), false);
            }
            String key = "artwork/" + image.sha256().substring(0, 2) + "/" + image.sha256() + "." + image.extension();
            try {
                Path temp = Files.createTempFile("musicplayer-artwork-", ".tmp");
                try {
                    Files.write(temp, image.bytes());
                    blobs.put(key, temp);
                } finally {
                    Files.deleteIfExists(temp);
                }
                Long id = transaction.execute(status -> artwork.saveAndFlush(new Artwork(
                                image.sha256(),
                                image.mimeType(),
                                image.width(),
                                image.height(),
                                image.bytes().length,
                                key))
                        .getId());
                return new Saved(id, true);
            } catch (DataIntegrityViolationException raced) {
                // the same image stored by a concurrent import: use theirs (the blob is the same bytes)
                if (attempt == 3) {
                    throw raced;
                }
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
    }

    /** Takes back an image this process stored for an import that then failed. */
    public void discard(Saved saved) {
        if (!saved.created()) {
            return;
        }
        transaction.executeWithoutResult(status -> artwork.findById(saved.id()).ifPresent(image -> {
            artwork.delete(image);
            try {
                blobs.delete(image.getStorageKey());
            } catch (IOException ex) {
                log.warn("Cannot delete artwork {} of a failed import: {}", image.getStorageKey(), ex.getMessage());
            }
        }));
    }

    /**
     * The image, fit into {@code size}×{@code size} pixels (never enlarged), or as stored when
     * {@code size} is null. Resized images are kept on local disk, and so are originals fetched from S3.
     */
    public Rendered render(long id, Integer size) {
        Artwork image = artwork.findById(id).orElseThrow(() -> new NotFoundException("Artwork", id));
        String variant = size == null ? "original" : String.valueOf(size);
        String extension = size != null && !"image/png".equals(image.getMimeType()) ? "jpg" : extensionOf(image);
        Path file = cache.resolve(image.getSha256().substring(0, 2))
                .resolve(image.getSha256() + "-" + variant + "." + extension);
        if (!Files.exists(file)) {
            try {
                write(image, size, file);
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
        String mimeType = size == null ? image.getMimeType() : "png".equals(extension) ? "image/png" : "image/jpeg";
        return new Rendered(file, mimeType, "\"" + image.getSha256() + "-" + variant + "\"");
    }

    private void write(Artwork image, Integer size, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] original;
        try (InputStream in = blobs.open(image.getStorageKey(), 0, image.getSize())) {
            original = in.readAllBytes();
        }
        Path temp = Files.createTempFile(file.getParent(), ".render-", ".tmp");
        try {
            if (size == null) {
                Files.write(temp, original);
            } else {
                BufferedImage decoded = CoverImage.decode(original);
                boolean png = file.toString().endsWith(".png");
                try (var out = Files.newOutputStream(temp)) {
                    Thumbnails.of(decoded)
                            .size(Math.min(size, decoded.getWidth()), Math.min(size, decoded.getHeight()))
                            .keepAspectRatio(true)
                            .imageType(png ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB)
                            .outputFormat(png ? "png" : "jpg")
                            .outputQuality(0.88)
                            .toOutputStream(out);
                }
            }
            // concurrent requests may render the same variant: the last rename wins, same bytes
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static String extensionOf(Artwork image) {
        String key = image.getStorageKey();
        return key.substring(key.lastIndexOf('.') + 1);
    }
}
