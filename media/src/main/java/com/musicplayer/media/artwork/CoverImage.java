package com.musicplayer.media.artwork;

import com.musicplayer.media.Hashes;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.springframework.modulith.NamedInterface;

/**
 * An image checked and measured before it is stored: readable (by the JDK or TwelveMonkeys'
 * plugins: CMYK JPEGs, WebP), with its size, type and content hash. Pure work, safe in parallel.
 */
@NamedInterface("api")
public record CoverImage(byte[] bytes, String sha256, String mimeType, int width, int height) {

    /** Images larger than this are not covers but mistakes (or attacks): not read. */
    static final int MAX_BYTES = 20 * 1024 * 1024;

    static final int MAX_PIXELS = 8192;

    /** The image in {@code bytes}, or empty when it is not an image we can read. */
    public static Optional<CoverImage> of(byte[] bytes) {
        if (bytes == null || bytes.length == 0 || bytes.length > MAX_BYTES) {
            return Optional.empty();
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0 || width > MAX_PIXELS || height > MAX_PIXELS) {
                    return Optional.empty();
                }
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                return Optional.of(new CoverImage(bytes, Hashes.sha256(bytes), mimeType(format), width, height));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    static BufferedImage decode(byte[] bytes) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        if (image == null) {
            throw new IOException("not a readable image");
        }
        return image;
    }

    String extension() {
        return switch (mimeType) {
            case "image/png" -> "png";
            case "image/webp" -> "webp";
            case "image/gif" -> "gif";
            case "image/bmp" -> "bmp";
            default -> "jpg";
        };
    }

    private static String mimeType(String format) {
        return switch (format) {
            case "png" -> "image/png";
            case "webp" -> "image/webp";
            case "gif" -> "image/gif";
            case "bmp" -> "image/bmp";
            default -> "image/jpeg";
        };
    }
}
