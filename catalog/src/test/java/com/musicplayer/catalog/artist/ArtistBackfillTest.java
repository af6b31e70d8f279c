package com.musicplayer.catalog.artist;

import static org.assertj.core.api.Assertions.assertThat;

import com.musicplayer.platform.db.VendorPlaceholders;
import com.musicplayer.platform.test.TestDatabase;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Migration V6 on rows written before it, on the database {@code TEST_DB} names (H2, PostgreSQL or
 * MariaDB): one artist per name in any case, every album and song linked to it, the sort names as
 * the catalog computes them for new artists.
 */
class ArtistBackfillTest {

    static final Instant EARLY = Instant.parse("2020-01-01T10:00:00Z");
    static final Instant LATE = Instant.parse("2024-06-01T10:00:00Z");

    @Test
    void backfillMakesOneArtistPerNameInAnyCaseAndLinksEveryRow() {
        DataSource database = TestDatabase.fresh();
        migrate(database, "5");
        JdbcTemplate jdbc = new JdbcTemplate(database);
        album(jdbc, "Music from Big Pink", "The Band", LATE);
        song(jdbc, "The Weight", "the band", EARLY);
        song(jdbc, "Up on Cripple Creek", "THE BAND", LATE);
        album(jdbc, "Blue", "Joni Mitchell", LATE);
        song(jdbc, "A Song", "A Tribe Called Quest", LATE);
        song(jdbc, "Solo", "A", LATE);

        migrate(database, null);

        List<Map<String, Object>> artists =
                jdbc.queryForList("SELECT id, name, name_key, sort_name, created_at FROM artists ORDER BY name_key");
        assertThat(artists)
                .extracting(row -> row.get("name_key"))
                .containsExactly("a", "a tribe called quest", "joni mitchell", "the band");
        for (Map<String, Object> artist : artists) {
            String name = (String) artist.get("name");
            assertThat(ArtistNames.key(name)).isEqualTo(artist.get("name_key"));
            assertThat(artist.get("sort_name")).as(name).isEqualTo(ArtistNames.sortName(name));
        }
        assertThat((String) artists.get(1).get("sort_name")).isEqualTo("Tribe Called Quest");
        assertThat((String) artists.get(3).get("sort_name")).isEqualToIgnoringCase("Band");
        // one of the spellings found, as old as the oldest row naming it
        assertThat((String) artists.get(3).get("name")).isIn("The Band", "the band", "THE BAND");
        assertThat(((Timestamp) jdbc.queryForObject(
                                "SELECT created_at FROM artists WHERE name_key = 'the band'", Timestamp.class))
                        .toInstant())
                .isEqualTo(EARLY);

        assertThat(jdbc.queryForObject("SELECT count(*) FROM songs WHERE artist_id IS NULL", Long.class))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM albums WHERE artist_id IS NULL", Long.class))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT count(DISTINCT s.artist_id) FROM songs s WHERE lower(s.artist) = 'the band'",
                        Long.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM albums a JOIN artists ar ON ar.id = a.artist_id"
                                + " WHERE ar.name_key = 'the band'",
                        Long.class))
                .isEqualTo(1);
    }

    @Test
    void backfillOfAnEmptyCatalogMakesNoArtists() {
        DataSource database = TestDatabase.fresh();
        migrate(database, null);
        assertThat(new JdbcTemplate(database).queryForObject("SELECT count(*) FROM artists", Long.class))
                .isZero();
    }

    private static void migrate(DataSource database, String target) {
        FluentConfiguration configuration =
                Flyway.configure().dataSource(database).locations("classpath:db/migration");
        if (target != null) {
            configuration.target(target);
        }
        new VendorPlaceholders().customize(configuration);
        configuration.load().migrate();
    }

    private static void album(JdbcTemplate jdbc, String title, String artist, Instant at) {
        jdbc.update(
                "INSERT INTO albums (title, artist, genre, created_at, updated_at) VALUES (?, ?, 'Rock', ?, ?)",
                title,
                artist,
                Timestamp.from(at),
                Timestamp.from(at));
    }

    private static void song(JdbcTemplate jdbc, String title, String artist, Instant at) {
        jdbc.update(
                "INSERT INTO songs (title, artist, genre, file_url, created_at, updated_at)"
                        + " VALUES (?, ?, 'Rock', 'https://example.com/a.mp3', ?, ?)",
                title,
                artist,
                Timestamp.from(at),
                Timestamp.from(at));
    }
}
