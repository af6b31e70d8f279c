package com.musicplayer.media.file;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MediaFileRepository extends JpaRepository<MediaFile, Long> {

    Optional<MediaFile> findBySongId(long songId);

    Optional<MediaFile> findByKeyHash(String keyHash);

    List<MediaFile> findByKeyHashIn(java.util.Collection<String> keyHashes);

    /** Audio with this content, to answer an upload of it with the song the library has already. */
    Optional<MediaFile> findFirstBySha256OrderByIdAsc(String sha256);
}
