package com.musicplayer.media.file;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MediaFileRepository extends JpaRepository<MediaFile, Long> {

    Optional<MediaFile> findBySongId(long songId);

    Optional<MediaFile> findByKeyHash(String keyHash);

    List<MediaFile> findByKeyHashIn(java.util.Collection<String> keyHashes);

    /** Audio with this content, to answer an upload of it with the song the library has already. */
    Optional<MediaFile> findFirstBySha256OrderByIdAsc(String sha256);

    /** The scanned files of one directory: what a rescan compares the directory's files with. */
    @Query("select f from MediaFile f where f.dirHash = :dir and f.source = 'scan'")
    List<MediaFile> scannedIn(@Param("dir") String dirHash);

    @Query("select distinct f.dirHash from MediaFile f where f.source = 'scan'")
    List<String> scannedDirectories();
}
