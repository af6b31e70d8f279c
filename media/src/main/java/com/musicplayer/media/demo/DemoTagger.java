package com.musicplayer.media.demo;

import com.musicplayer.media.tags.Jaudiotagger;
import java.io.IOException;
import java.nio.file.Path;
import org.jaudiotagger.audio.AudioFile;
import org.jaudiotagger.audio.AudioFileIO;
import org.jaudiotagger.audio.exceptions.CannotReadException;
import org.jaudiotagger.audio.exceptions.CannotWriteException;
import org.jaudiotagger.audio.exceptions.InvalidAudioFrameException;
import org.jaudiotagger.audio.exceptions.ReadOnlyFileException;
import org.jaudiotagger.tag.FieldKey;
import org.jaudiotagger.tag.Tag;
import org.jaudiotagger.tag.TagException;
import org.jaudiotagger.tag.images.Artwork;
import org.jaudiotagger.tag.images.ArtworkFactory;
import org.jaudiotagger.tag.reference.PictureTypes;

/** Tags a freshly encoded demo file with jaudiotagger (Vorbis comments in FLAC, ID3 + INFO in WAV). */
final class DemoTagger {

    static {
        Jaudiotagger.configure();
    }

    private DemoTagger() {}

    static void tag(Path file, DemoCatalog.Album album, DemoCatalog.Track track, int tracksOnDisc, byte[] cover)
            throws IOException {
        try {
            AudioFile audio = AudioFileIO.read(file.toFile());
            Tag tag = audio.getTagOrCreateAndSetDefault();
            tag.setField(FieldKey.TITLE, track.title());
            tag.setField(FieldKey.ARTIST, track.artist());
            tag.setField(FieldKey.ALBUM, album.title());
            tag.setField(FieldKey.ALBUM_ARTIST, album.albumArtist());
            tag.setField(FieldKey.TRACK, Integer.toString(track.number()));
            tag.setField(FieldKey.TRACK_TOTAL, Integer.toString(tracksOnDisc));
            tag.setField(FieldKey.DISC_NO, Integer.toString(track.disc()));
            tag.setField(FieldKey.DISC_TOTAL, Integer.toString(album.discs()));
            tag.setField(FieldKey.YEAR, Integer.toString(album.year()));
            tag.setField(FieldKey.GENRE, track.genre());
            if (album.compilation()) {
                tag.setField(FieldKey.IS_COMPILATION, "1");
            }
            if (track.lyrics() != null) {
                tag.setField(FieldKey.LYRICS, track.lyrics());
            }
            if (cover != null) {
                tag.setField(frontCover(cover));
            }
            audio.commit();
        } catch (CannotReadException
                | CannotWriteException
                | TagException
                | ReadOnlyFileException
                | InvalidAudioFrameException e) {
            throw new IOException("cannot tag the demo file " + file, e);
        }
    }

    private static Artwork frontCover(byte[] jpeg) {
        Artwork artwork = ArtworkFactory.getNew();
        artwork.setBinaryData(jpeg);
        artwork.setMimeType("image/jpeg");
        artwork.setPictureType(PictureTypes.DEFAULT_ID); // 3: front cover
        artwork.setDescription("");
        artwork.setWidth(500);
        artwork.setHeight(500);
        return artwork;
    }
}
