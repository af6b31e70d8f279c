package com.musicplayer.catalog.artist;

import java.util.Collection;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ArtistRepository extends JpaRepository<Artist, Long> {

    @Query("select a.id from Artist a where a.nameKey = :key")
    Optional<Long> idByKey(@Param("key") String key);

    /** The artists among {@code ids} that no album and no song names any more. */
    @Modifying
    @Query(value = """
            delete from artists where id in (:ids)
              and not exists (select 1 from albums a where a.artist_id = artists.id)
              and not exists (select 1 from songs s where s.artist_id = artists.id)
            """, nativeQuery = true)
    int deleteUnused(@Param("ids") Collection<Long> ids);
}
