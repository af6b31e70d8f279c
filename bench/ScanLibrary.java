import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * A music library for make bench-scan: COUNT FLAC files laid out Artist/Album (Year)/NN - Title.flac,
 * 10 tracks an album, 10 albums an artist, a cover.jpg in every album folder. Every file is one
 * template FLAC (a second of silence, from ffmpeg) with its own Vorbis comment spliced in, so a
 * hundred thousand distinct, correctly tagged files take seconds to write.
 *
 *   java bench/ScanLibrary.java TEMPLATE.flac DIR COUNT
 */
public class ScanLibrary {

    public static void main(String[] args) throws IOException {
        byte[] template = Files.readAllBytes(Path.of(args[0]));
        Path dir = Path.of(args[1]);
        int count = Integer.parseInt(args[2]);
        long started = System.nanoTime();
        byte[] head = headerWithoutComments(template);
        byte[] audio = audioFrames(template);
        for (int i = 0; i < count; i++) {
            int track = i % 10 + 1;
            int album = i / 10;
            int artist = album / 10;
            int year = 1960 + album % 60;
            String artistName = String.format(Locale.ROOT, "Artist %05d", artist);
            String albumName = String.format(Locale.ROOT, "Album %06d", album);
            String title = String.format(Locale.ROOT, "Song %07d", i);
            Path folder = dir.resolve(artistName).resolve(albumName + " (" + year + ")");
            if (track == 1) {
                Files.createDirectories(folder);
                Files.write(folder.resolve("cover.jpg"), cover(album));
            }
            byte[] comment = vorbisComment(List.of(
                    "TITLE=" + title,
                    "ARTIST=" + artistName,
                    "ALBUMARTIST=" + artistName,
                    "ALBUM=" + albumName,
                    "TRACKNUMBER=" + track,
                    "DISCNUMBER=1",
                    "DATE=" + year,
                    "GENRE=Benchmark"));
            ByteArrayOutputStream file = new ByteArrayOutputStream(head.length + comment.length + audio.length + 4);
            file.write(head);
            file.write(0x80 | 4); // last metadata block: VORBIS_COMMENT
            file.write(comment.length >> 16);
            file.write(comment.length >> 8);
            file.write(comment.length);
            file.write(comment);
            file.write(audio);
            Files.write(folder.resolve(String.format(Locale.ROOT, "%02d - %s.flac", track, title)), file.toByteArray());
            if ((i + 1) % 10000 == 0) {
                System.err.printf("  %,d / %,d files%n", i + 1, count);
            }
        }
        System.err.printf(
                "wrote %,d files in %.1f s to %s%n", count, (System.nanoTime() - started) / 1e9, dir);
    }

    /** "fLaC" and every metadata block but Vorbis comments and padding, none marked last. */
    static byte[] headerWithoutComments(byte[] flac) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(flac, 0, 4);
        int at = 4;
        while (true) {
            int type = flac[at] & 0x7f;
            boolean last = (flac[at] & 0x80) != 0;
            int length = ((flac[at + 1] & 0xff) << 16) | ((flac[at + 2] & 0xff) << 8) | (flac[at + 3] & 0xff);
            if (type != 4 && type != 1) {
                out.write(type);
                out.write(flac, at + 1, 3 + length);
            }
            at += 4 + length;
            if (last) {
                return out.toByteArray();
            }
        }
    }

    static byte[] audioFrames(byte[] flac) {
        int at = 4;
        while (true) {
            boolean last = (flac[at] & 0x80) != 0;
            int length = ((flac[at + 1] & 0xff) << 16) | ((flac[at + 2] & 0xff) << 8) | (flac[at + 3] & 0xff);
            at += 4 + length;
            if (last) {
                return java.util.Arrays.copyOfRange(flac, at, flac.length);
            }
        }
    }

    static byte[] vorbisComment(List<String> fields) {
        byte[] vendor = "musicplayer bench".getBytes(StandardCharsets.UTF_8);
        List<byte[]> encoded = new ArrayList<>();
        int size = 4 + vendor.length + 4;
        for (String field : fields) {
            byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
            encoded.add(bytes);
            size += 4 + bytes.length;
        }
        ByteBuffer buffer = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        buffer.putInt(vendor.length).put(vendor).putInt(encoded.size());
        for (byte[] bytes : encoded) {
            buffer.putInt(bytes.length).put(bytes);
        }
        return buffer.array();
    }

    static byte[] cover(int album) throws IOException {
        BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.getHSBColor((album * 0.618034f) % 1f, 0.6f, 0.8f));
        g.fillRect(0, 0, 64, 64);
        g.setColor(Color.WHITE);
        g.fillOval(16 + album % 16, 16, 24, 24);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }
}
