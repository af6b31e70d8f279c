package com.musicplayer.media.tags;

import static org.assertj.core.api.Assertions.assertThat;

import com.musicplayer.platform.test.AudioFixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Untagged files in folders named the usual ways: the folders and file names fill the gaps. */
class TagFallbacksTest {

    private final TagReader reader = new TagReader();

    @TempDir
    Path root;

    @Test
    void untaggedFileTakesArtistAlbumYearTitleAndTrackFromItsPath() {
        Path file = AudioFixtures.untagged()
                .writeTo(root.resolve("Nina Simone/Pastel Blues (1965)/03 - Be My Husband.mp3"));

        AudioTags tags = reader.read(file, root);

        assertThat(tags.title()).isEqualTo("Be My Husband");
        assertThat(tags.trackNumber()).isEqualTo(3);
        assertThat(tags.album()).isEqualTo("Pastel Blues");
        assertThat(tags.year()).isEqualTo(1965);
        assertThat(tags.artist()).isEqualTo("Nina Simone");
        assertThat(tags.albumArtist()).isEqualTo("Nina Simone");
        assertThat(tags.compilation()).isFalse();
    }

    @Test
    void discFolderIsPartOfTheAlbumFolder() {
        Path file = AudioFixtures.untagged()
                .writeTo(root.resolve("Pink Floyd/1979 - The Wall/CD2/04. Comfortably Numb.flac"));

        AudioTags tags = reader.read(file, root);

        assertThat(tags.title()).isEqualTo("Comfortably Numb");
        assertThat(tags.trackNumber()).isEqualTo(4);
        assertThat(tags.discNumber()).isEqualTo(2);
        assertThat(tags.album()).isEqualTo("The Wall");
        assertThat(tags.year()).isEqualTo(1979);
        assertThat(tags.artist()).isEqualTo("Pink Floyd");
    }

    @Test
    void tagsTheFileHasAreNeverReplaced() {
        Path file = AudioFixtures.track("Real Title")
                .artist("Real Artist")
                .album("Real Album")
                .track(7)
                .year(2001)
                .writeTo(root.resolve("Folder Artist/Folder Album (1990)/01 - Folder Title.ogg"));

        AudioTags tags = reader.read(file, root);

        assertThat(tags.title()).isEqualTo("Real Title");
        assertThat(tags.artist()).isEqualTo("Real Artist");
        assertThat(tags.album()).isEqualTo("Real Album");
        assertThat(tags.trackNumber()).isEqualTo(7);
        assertThat(tags.year()).isEqualTo(2001);
        assertThat(tags.albumArtist())
                .as("a tagged artist without album artist stays so")
                .isNull();
    }

    @Test
    void artistFallsBackToTheAlbumArtistTag() {
        Path file =
                AudioFixtures.track("Song").albumArtist("The Band").writeTo(root.resolve("Other/Album/01 - Song.m4a"));

        assertThat(reader.read(file, root).artist()).isEqualTo("The Band");
    }

    @Test
    void variousArtistsFolderMakesACompilation() {
        Path file = AudioFixtures.untagged().writeTo(root.resolve("Various Artists/Summer Hits (2003)/01 - Hit.mp3"));

        AudioTags tags = reader.read(file, root);

        assertThat(tags.albumArtist()).isEqualTo("Various Artists");
        assertThat(tags.compilation()).isTrue();
    }

    @Test
    void theMusicRootIsNeitherAlbumNorArtist() {
        Path inRoot = AudioFixtures.untagged().writeTo(root.resolve("01 - Loose Song.flac"));
        Path inAlbum = AudioFixtures.untagged().writeTo(root.resolve("Lonely Album/02 - Song.flac"));

        AudioTags loose = reader.read(inRoot, root);
        AudioTags album = reader.read(inAlbum, root);

        assertThat(loose.title()).isEqualTo("Loose Song");
        assertThat(loose.album()).isNull();
        assertThat(loose.artist()).isNull();
        assertThat(album.album()).isEqualTo("Lonely Album");
        assertThat(album.artist()).as("left for the importer to name").isNull();
    }

    @Test
    void withoutARootOnlyTheFileNameCounts() {
        Path file = AudioFixtures.untagged().writeTo(root.resolve("tmp/uploads/05 - Uploaded Song.opus"));

        AudioTags tags = reader.read(file, null);

        assertThat(tags.title()).isEqualTo("Uploaded Song");
        assertThat(tags.trackNumber()).isEqualTo(5);
        assertThat(tags.album()).isNull();
        assertThat(tags.artist()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "01 - Title.mp3      | Title          | 1  | -",
                "01. Title.mp3       | Title          | 1  | -",
                "01 Title.mp3        | Title          | 1  | -",
                "1 - Title.mp3       | Title          | 1  | -",
                "12_Title.mp3        | Title          | 12 | -",
                "1-03 Title.mp3      | Title          | 3  | 1",
                "99 Luftballons.mp3  | 99 Luftballons | -  | -",
                "Title.mp3           | Title          | -  | -",
                "01.mp3              | 01             | -  | -",
                "Song.Name.flac      | Song.Name      | -  | -",
            })
    void fileNames(String name, String title, Integer track, Integer disc) {
        AudioTags tags = TagFallbacks.apply(untagged(), Path.of(name), null);

        assertThat(tags.title()).isEqualTo(title);
        assertThat(tags.trackNumber()).isEqualTo(track);
        assertThat(tags.discNumber()).isEqualTo(disc);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "Album (1999)             | Album                  | 1999",
                "Album [2004]             | Album                  | 2004",
                "1999 - Album             | Album                  | 1999",
                "(1999) Album             | Album                  | 1999",
                "2001: A Space Odyssey    | 2001: A Space Odyssey  | -",
                "1984 Revisited           | 1984 Revisited         | -",
                "Plain Album              | Plain Album            | -",
            })
    void albumFolderNames(String folder, String album, Integer year) {
        Path root = Path.of("/music");
        AudioTags tags = TagFallbacks.apply(
                untagged(), root.resolve("Artist").resolve(folder).resolve("x.mp3"), root);

        assertThat(tags.album()).isEqualTo(album);
        assertThat(tags.year()).isEqualTo(year);
    }

    @ParameterizedTest
    @CsvSource({"CD1, 1", "CD 2, 2", "Disc 2, 2", "disk-3, 3", "Disc02, 2"})
    void discFolderNames(String folder, int disc) {
        Path root = Path.of("/music");
        AudioTags tags = TagFallbacks.apply(
                untagged(), root.resolve("Artist/Album").resolve(folder).resolve("x.mp3"), root);

        assertThat(tags.discNumber()).isEqualTo(disc);
        assertThat(tags.album()).isEqualTo("Album");
        assertThat(tags.artist()).isEqualTo("Artist");
    }

    private static AudioTags untagged() {
        return new AudioTags(
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                1000,
                128,
                44100,
                2,
                "mp3",
                "mp3",
                "audio/mpeg",
                null,
                null,
                List.of(),
                null);
    }
}
